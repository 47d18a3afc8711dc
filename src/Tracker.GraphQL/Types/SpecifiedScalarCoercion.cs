namespace Tracker.GraphQL.Types;

// STUB (type-system work package): exact graphql-js 17 coercion for Int, Float, String, Boolean, ID.
internal static class SpecifiedScalarCoercion
{
    public static ScalarType ConfigureInt(ScalarType scalar) => scalar;

    public static ScalarType ConfigureFloat(ScalarType scalar) => scalar;

    public static ScalarType ConfigureString(ScalarType scalar) => scalar;

    public static ScalarType ConfigureBoolean(ScalarType scalar) => scalar;

    public static ScalarType ConfigureId(ScalarType scalar) => scalar;
}
