using System.Globalization;
using System.Numerics;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>
/// Coercion of the five built-in scalars (spec §3.5.1-§3.5.5) with graphql-js 17's rules and messages.
/// Values are first seen as the JavaScript values they stand for (<see cref="JsPrimitive"/>), then
/// coerced as graphql-js coerces those. Coerced Int values are <c>int</c>, Float <c>double</c>,
/// String and ID <c>string</c>, Boolean <c>bool</c>.
/// </summary>
internal static class SpecifiedScalarCoercion
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    public static ScalarType ConfigureInt(ScalarType scalar)
    {
        scalar.CoerceOutputValue = static value => value is int ? value : IntFromOutput(JsPrimitive.From(value));
        scalar.CoerceInputValue = static value => value is int ? value : IntFromInput(JsPrimitive.From(value));
        scalar.CoerceInputLiteral = IntFromLiteral;
        scalar.ValueToLiteral = static value => JsPrimitive.From(value) switch
        {
            double number when JsPrimitive.IsInteger(number) && number is <= int.MaxValue and >= int.MinValue =>
                new IntValueNode { Value = ((int)number).ToString(CultureInfo.InvariantCulture) },
            BigInteger big when big <= int.MaxValue && big >= int.MinValue =>
                new IntValueNode { Value = big.ToString(CultureInfo.InvariantCulture) },
            _ => null,
        };
        return scalar;
    }

    public static ScalarType ConfigureFloat(ScalarType scalar)
    {
        scalar.CoerceOutputValue = static value => value is double d && double.IsFinite(d) ? value : FloatFromOutput(JsPrimitive.From(value));
        scalar.CoerceInputValue = static value => value is double d && double.IsFinite(d) ? value : FloatFromInput(JsPrimitive.From(value));
        scalar.CoerceInputLiteral = static node => node is FloatValueNode or IntValueNode
            ? FiniteLiteral(node, double.Parse(node is FloatValueNode f ? f.Value : ((IntValueNode)node).Value, NumberStyles.Float, CultureInfo.InvariantCulture))
            : throw new GraphQLError($"Float cannot represent non numeric value: {Printer.PrintForError(node)}", node);
        scalar.ValueToLiteral = static value => JsPrimitive.From(value) switch
        {
            // graphql-js: defaultScalarValueToLiteral, kept only when it is an Int or Float literal.
            double number when double.IsFinite(number) => NumberLiteral(number),
            BigInteger big => new IntValueNode { Value = big.ToString(CultureInfo.InvariantCulture) },
            _ => null,
        };
        return scalar;
    }

    public static ScalarType ConfigureString(ScalarType scalar)
    {
        scalar.CoerceOutputValue = static value => value switch
        {
            string => value,
            // Integers print the same in .NET and JavaScript (long beyond 2^53 is a bigint: exact digits too).
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            _ => StringFromOutput(JsPrimitive.From(value)),
        };
        scalar.CoerceInputValue = static value => value is string ? value : StringFromInput(JsPrimitive.From(value));
        scalar.CoerceInputLiteral = static node => node is StringValueNode s
            ? s.Value
            : throw new GraphQLError($"String cannot represent a non string value: {Printer.PrintForError(node)}", node);
        scalar.ValueToLiteral = static value => JsPrimitive.From(value) is string s ? new StringValueNode { Value = s } : null;
        return scalar;
    }

    public static ScalarType ConfigureBoolean(ScalarType scalar)
    {
        scalar.CoerceOutputValue = static value => value is bool ? value : BooleanFromOutput(JsPrimitive.From(value));
        scalar.CoerceInputValue = static value => value is bool ? value : BooleanFromInput(JsPrimitive.From(value));
        scalar.CoerceInputLiteral = static node => node is BooleanValueNode b
            ? Box(b.Value)
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.PrintForError(node)}", node);
        scalar.ValueToLiteral = static value => JsPrimitive.From(value) is bool b ? new BooleanValueNode { Value = b } : null;
        return scalar;
    }

    public static ScalarType ConfigureId(ScalarType scalar)
    {
        // graphql-js's output and input rules for ID are the same: strings, integral numbers, bigints.
        scalar.CoerceOutputValue = static value => value switch
        {
            string => value,
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            _ => IdFrom(JsPrimitive.From(value)),
        };
        scalar.CoerceInputValue = static value => value is string ? value : IdFrom(JsPrimitive.From(value));
        scalar.CoerceInputLiteral = static node => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.PrintForError(node)}", node),
        };
        scalar.ValueToLiteral = static value => JsPrimitive.From(value) switch
        {
            string s => Utilities.JsFormat.IsIntegerText(s) ? new IntValueNode { Value = s } : new StringValueNode { Value = s },
            // As graphql-js, a non-integral number is an error here, not "no literal".
            double number => new IntValueNode { Value = IdFromNumber(number) },
            BigInteger big => new IntValueNode { Value = big.ToString(CultureInfo.InvariantCulture) },
            _ => null,
        };
        return scalar;
    }

    private static object Box(bool value) => value ? BoxedTrue : BoxedFalse;

    private static object IntFromOutput(object? value) => value switch
    {
        double number => IntFromNumber(number),
        bool b => b ? 1 : 0,
        string s => IntFromString(s),
        BigInteger big => IntFromBigInteger(big),
        _ => throw new GraphQLError($"Int cannot represent non-integer value: {JsPrimitive.Inspect(value)}"),
    };

    private static object IntFromInput(object? value) => value switch
    {
        double number => IntFromNumber(number),
        BigInteger big => IntFromBigInteger(big),
        _ => throw new GraphQLError($"Int cannot represent non-integer value: {JsPrimitive.Inspect(value)}"),
    };

    private static object IntFromLiteral(ValueNode node)
    {
        if (node is not IntValueNode intNode)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Printer.PrintForError(node)}", node);
        }
        // The lexer guarantees -?digits, so the only failure left is a value outside 32 bits.
        return int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", node);
    }

    private static int IntFromNumber(double number)
    {
        if (!JsPrimitive.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {JsPrimitive.Inspect(number)}");
        }
        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {JsPrimitive.Inspect(number)}");
        }
        return (int)number;
    }

    private static int IntFromString(string text)
    {
        var number = text.Length == 0 ? double.NaN : JsPrimitive.ParseNumber(text);
        if (!JsPrimitive.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {JsPrimitive.Inspect(text)}");
        }
        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {JsPrimitive.Inspect(text)}");
        }
        return (int)number;
    }

    /// <summary>
    /// A Float literal beyond double's range (<c>1e400</c>) parses as infinity; the specification says a value not
    /// representable as a finite IEEE 754 number is a request error (graphql-js lets the infinity through, which no
    /// JSON can carry further on).
    /// </summary>
    private static double FiniteLiteral(ValueNode node, double number) => double.IsFinite(number)
        ? number
        : throw new GraphQLError($"Float cannot represent non numeric value: {Printer.PrintForError(node)} (value is too large)", node);

    private static int IntFromBigInteger(BigInteger value) =>
        value > int.MaxValue || value < int.MinValue
            ? throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {value.ToString(CultureInfo.InvariantCulture)}")
            : (int)value;

    private static object FloatFromOutput(object? value) => value switch
    {
        double number => FloatFromNumber(number),
        bool b => b ? 1d : 0d,
        string s => FloatFromString(s),
        BigInteger big => FloatFromBigInteger(big),
        _ => throw new GraphQLError($"Float cannot represent non numeric value: {JsPrimitive.Inspect(value)}"),
    };

    private static object FloatFromInput(object? value) => value switch
    {
        double number => FloatFromNumber(number),
        BigInteger big => FloatFromBigInteger(big),
        _ => throw new GraphQLError($"Float cannot represent non numeric value: {JsPrimitive.Inspect(value)}"),
    };

    private static double FloatFromNumber(double number) => double.IsFinite(number)
        ? number
        : throw new GraphQLError($"Float cannot represent non numeric value: {JsPrimitive.Inspect(number)}");

    private static double FloatFromString(string text)
    {
        var number = text.Length == 0 ? double.NaN : JsPrimitive.ParseNumber(text);
        return double.IsFinite(number)
            ? number
            : throw new GraphQLError($"Float cannot represent non numeric value: {JsPrimitive.Inspect(text)}");
    }

    private static double FloatFromBigInteger(BigInteger value)
    {
        var number = (double)value;
        if (!double.IsFinite(number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {JsPrimitive.Inspect(value)} (value is too large)");
        }
        if (new BigInteger(number) != value)
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {JsPrimitive.Inspect(value)} (value would lose precision)");
        }
        return number;
    }

    private static string StringFromOutput(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double number when double.IsFinite(number) => Utilities.JsFormat.Number(number),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"String cannot represent value: {JsPrimitive.Inspect(value)}"),
    };

    private static string StringFromInput(object? value) => value as string
        ?? throw new GraphQLError($"String cannot represent a non string value: {JsPrimitive.Inspect(value)}");

    private static object BooleanFromOutput(object? value) => value switch
    {
        bool b => Box(b),
        double number when double.IsFinite(number) => Box(number != 0),
        BigInteger big => Box(!big.IsZero),
        _ => throw new GraphQLError($"Boolean cannot represent a non boolean value: {JsPrimitive.Inspect(value)}"),
    };

    private static object BooleanFromInput(object? value) => value is bool b
        ? Box(b)
        : throw new GraphQLError($"Boolean cannot represent a non boolean value: {JsPrimitive.Inspect(value)}");

    private static string IdFrom(object? value) => value switch
    {
        string s => s,
        double number => IdFromNumber(number),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"ID cannot represent value: {JsPrimitive.Inspect(value)}"),
    };

    private static string IdFromNumber(double number) => JsPrimitive.IsInteger(number)
        ? Utilities.JsFormat.Number(number)
        : throw new GraphQLError($"ID cannot represent value: {JsPrimitive.Inspect(number)}");

    /// <summary>graphql-js prints a number with String() and makes it an Int literal when that text is an integer.</summary>
    private static ValueNode NumberLiteral(double number)
    {
        var text = Utilities.JsFormat.Number(number);
        return Utilities.JsFormat.IsIntegerText(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
    }
}
