using System.Globalization;
using System.Numerics;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Types;

/// <summary>
/// Coercion rules of the five built-in scalars (spec §3.5.1-§3.5.5) with graphql-js 17's messages.
/// Input from variables is JSON-shaped (numbers are doubles, as in JavaScript); results from resolvers may be
/// any CLR numeric, string, bool, char, Guid or enum.
/// </summary>
internal static class SpecifiedScalarCoercion
{
    private const double MaxInt = int.MaxValue;
    private const double MinInt = int.MinValue;

    public static ScalarType ConfigureInt(ScalarType scalar)
    {
        scalar.CoerceOutputValue = value => value switch
        {
            int i => i,
            bool b => b ? 1 : 0,
            string s => IntFromString(s),
            BigInteger big => IntFromBigInteger(big),
            _ when JsValues.TryGetNumber(value, out var n) => IntFromNumber(n, value),
            _ => throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(OutputObject(value))}"),
        };
        scalar.CoerceInputValue = value => value switch
        {
            int i => i,
            BigInteger big => IntFromBigInteger(big),
            _ when JsValues.TryGetNumber(value, out var n) => IntFromNumber(n, value),
            _ => throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(value)}"),
        };
        scalar.CoerceInputLiteral = node =>
        {
            if (node is not IntValueNode intNode)
            {
                throw new GraphQLError($"Int cannot represent non-integer value: {Printer.PrintForError(node)}", node);
            }
            var number = double.Parse(intNode.Value, CultureInfo.InvariantCulture);
            if (number > MaxInt || number < MinInt)
            {
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", node);
            }
            return (int)number;
        };
        scalar.ValueToLiteral = value =>
        {
            if (value is BigInteger big)
            {
                return big <= int.MaxValue && big >= int.MinValue ? new IntValueNode { Value = big.ToString(CultureInfo.InvariantCulture) } : null;
            }
            return JsValues.TryGetNumber(value, out var n) && JsValues.IsInteger(n) && n <= MaxInt && n >= MinInt
                ? new IntValueNode { Value = JsFormat.Number(n) }
                : null;
        };
        return scalar;
    }

    public static ScalarType ConfigureFloat(ScalarType scalar)
    {
        scalar.CoerceOutputValue = value => value switch
        {
            double d => FloatFromNumber(d, value),
            bool b => b ? 1d : 0d,
            string s => FloatFromString(s),
            BigInteger big => FloatFromBigInteger(big),
            _ when JsValues.TryGetNumber(value, out var n) => FloatFromNumber(n, value),
            _ => throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Value(OutputObject(value))}"),
        };
        scalar.CoerceInputValue = value => value switch
        {
            BigInteger big => FloatFromBigInteger(big),
            _ when JsValues.TryGetNumber(value, out var n) => FloatFromNumber(n, value),
            _ => throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Value(value)}"),
        };
        scalar.CoerceInputLiteral = node => node switch
        {
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"Float cannot represent non numeric value: {Printer.PrintForError(node)}", node),
        };
        scalar.ValueToLiteral = value => Utilities.ValueLiterals.DefaultScalarValueToLiteral(value) is var literal
            && literal is FloatValueNode or IntValueNode ? literal : null;
        return scalar;
    }

    public static ScalarType ConfigureString(ScalarType scalar)
    {
        scalar.CoerceOutputValue = value => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            char c => c.ToString(),
            Guid g => g.ToString(),
            Enum e => e.ToString(),
            BigInteger big => big.ToString(CultureInfo.InvariantCulture),
            _ when JsValues.TryGetNumber(value, out var n) => double.IsFinite(n)
                ? JsFormat.Number(n)
                : throw new GraphQLError($"String cannot represent value: {Inspect.Value(value)}"),
            _ => throw new GraphQLError($"String cannot represent value: {Inspect.Value(value)}"),
        };
        scalar.CoerceInputValue = value => value is string s
            ? s
            : throw new GraphQLError($"String cannot represent a non string value: {Inspect.Value(value)}");
        scalar.CoerceInputLiteral = node => node is StringValueNode s
            ? s.Value
            : throw new GraphQLError($"String cannot represent a non string value: {Printer.PrintForError(node)}", node);
        scalar.ValueToLiteral = value => Utilities.ValueLiterals.DefaultScalarValueToLiteral(value) is StringValueNode literal ? literal : null;
        return scalar;
    }

    public static ScalarType ConfigureBoolean(ScalarType scalar)
    {
        scalar.CoerceOutputValue = value => value switch
        {
            bool b => b,
            BigInteger big => !big.IsZero,
            _ when JsValues.TryGetNumber(value, out var n) => double.IsFinite(n)
                ? n != 0
                : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}"),
            _ => throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Value(OutputObject(value))}"),
        };
        scalar.CoerceInputValue = value => value is bool b
            ? b
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
        scalar.CoerceInputLiteral = node => node is BooleanValueNode b
            ? b.Value
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.PrintForError(node)}", node);
        scalar.ValueToLiteral = value => Utilities.ValueLiterals.DefaultScalarValueToLiteral(value) is BooleanValueNode literal ? literal : null;
        return scalar;
    }

    public static ScalarType ConfigureId(ScalarType scalar)
    {
        scalar.CoerceOutputValue = value => value switch
        {
            string s => s,
            Guid g => g.ToString(),
            BigInteger big => big.ToString(CultureInfo.InvariantCulture),
            _ when JsValues.TryGetNumber(value, out var n) => IdFromNumber(n, value),
            _ => throw new GraphQLError($"ID cannot represent value: {Inspect.Value(value)}"),
        };
        scalar.CoerceInputValue = value => value switch
        {
            string s => s,
            BigInteger big => big.ToString(CultureInfo.InvariantCulture),
            _ when JsValues.TryGetNumber(value, out var n) => IdFromNumber(n, value),
            _ => throw new GraphQLError($"ID cannot represent value: {Inspect.Value(value)}"),
        };
        scalar.CoerceInputLiteral = node => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.PrintForError(node)}", node),
        };
        scalar.ValueToLiteral = value => value switch
        {
            string s => IsIntegerText(s) ? new IntValueNode { Value = s } : new StringValueNode { Value = s },
            BigInteger big => new IntValueNode { Value = big.ToString(CultureInfo.InvariantCulture) },
            _ when JsValues.TryGetNumber(value, out var n) => JsValues.IsInteger(n) ? new IntValueNode { Value = JsFormat.Number(n) } : null,
            _ => null,
        };
        return scalar;
    }

    /// <summary>What graphql-js's coerceOutputValueObject would see: enums by name, Guid as text.</summary>
    private static object? OutputObject(object? value) => value switch
    {
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        _ => value,
    };

    private static bool IsIntegerText(string s)
    {
        var i = s.StartsWith('-') ? 1 : 0;
        if (i >= s.Length)
        {
            return false;
        }
        if (s[i] == '0')
        {
            return i + 1 == s.Length;
        }
        for (; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static int IntFromNumber(double number, object? original)
    {
        if (!JsValues.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(original)}");
        }
        if (number > MaxInt || number < MinInt)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(original)}");
        }
        return (int)number;
    }

    private static int IntFromString(string value)
    {
        var number = value.Length == 0 ? double.NaN : JsValues.ParseNumber(value);
        if (!JsValues.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }
        if (number > MaxInt || number < MinInt)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        }
        return (int)number;
    }

    private static int IntFromBigInteger(BigInteger value) =>
        value > int.MaxValue || value < int.MinValue
            ? throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {value.ToString(CultureInfo.InvariantCulture)}")
            : (int)value;

    private static double FloatFromNumber(double number, object? original) =>
        double.IsFinite(number) ? number : throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Value(original)}");

    private static double FloatFromString(string value)
    {
        var number = value.Length == 0 ? double.NaN : JsValues.ParseNumber(value);
        return double.IsFinite(number) ? number : throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    private static double FloatFromBigInteger(BigInteger value)
    {
        var number = (double)value;
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (!double.IsFinite(number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {text}n (value is too large)");
        }
        if (new BigInteger(number) != value)
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {text}n (value would lose precision)");
        }
        return number;
    }

    private static string IdFromNumber(double number, object? original) =>
        JsValues.IsInteger(number) ? JsFormat.Number(number) : throw new GraphQLError($"ID cannot represent value: {Inspect.Value(original)}");
}
