namespace Tracker.GraphQL.Types;

/// <summary>
/// The five scalars of spec §3.5 with graphql-js 17's descriptions. Their coercion rules are set up in
/// <see cref="SpecifiedScalarCoercion"/>.
/// </summary>
internal static class SpecifiedScalars
{
    public static ScalarType Int { get; } = SpecifiedScalarCoercion.ConfigureInt(new ScalarType("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        IsSpecified = true,
    });

    public static ScalarType Float { get; } = SpecifiedScalarCoercion.ConfigureFloat(new ScalarType("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        IsSpecified = true,
    });

    public static ScalarType String { get; } = SpecifiedScalarCoercion.ConfigureString(new ScalarType("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        IsSpecified = true,
    });

    public static ScalarType Boolean { get; } = SpecifiedScalarCoercion.ConfigureBoolean(new ScalarType("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.",
        IsSpecified = true,
    });

    public static ScalarType ID { get; } = SpecifiedScalarCoercion.ConfigureId(new ScalarType("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        IsSpecified = true,
    });

    /// <summary>In graphql-js's order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsSpecifiedScalar(NamedType type) => All.Any(s => s.Name == type.Name);

    public static ScalarType? ByName(string name) => All.FirstOrDefault(s => s.Name == name);
}
