using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Results the built-in scalars would return unchanged: an <c>int</c> for Int, a finite <c>double</c> for
/// Float, a <c>string</c> for String and ID, a <c>bool</c> for Boolean (spec §3.5). Recognising them skips the
/// coercion call and the re-boxing of the value it returns. Applies only while a scalar still has its built-in
/// coercion, so a host that replaces one is never bypassed.
/// </summary>
internal static class BuiltInOutput
{
    private static readonly Func<object?, object?> IntCoercion = SpecifiedScalars.Int.CoerceOutputValue;
    private static readonly Func<object?, object?> FloatCoercion = SpecifiedScalars.Float.CoerceOutputValue;
    private static readonly Func<object?, object?> StringCoercion = SpecifiedScalars.String.CoerceOutputValue;
    private static readonly Func<object?, object?> BooleanCoercion = SpecifiedScalars.Boolean.CoerceOutputValue;
    private static readonly Func<object?, object?> IdCoercion = SpecifiedScalars.ID.CoerceOutputValue;

    public static bool IsAlreadyCoerced(ScalarType scalar, object result)
    {
        var coercion = scalar.CoerceOutputValue;
        return result switch
        {
            string => ReferenceEquals(coercion, StringCoercion) || ReferenceEquals(coercion, IdCoercion),
            int => ReferenceEquals(coercion, IntCoercion),
            bool => ReferenceEquals(coercion, BooleanCoercion),
            double number => double.IsFinite(number) && ReferenceEquals(coercion, FloatCoercion),
            _ => false,
        };
    }
}
