using System.Numerics;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// How CLR values map onto JavaScript's value kinds, so that coercion follows graphql-js: every CLR
/// numeric type is a "number" (big integers are "bigint"), <c>char</c> and <c>Guid</c> read as strings.
/// </summary>
internal static class JsValues
{
    /// <summary>A JS number's value, for any CLR numeric type except <see cref="BigInteger"/>.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case double d:
                number = d;
                return true;
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case short s:
                number = s;
                return true;
            case byte b:
                number = b;
                return true;
            case sbyte sb:
                number = sb;
                return true;
            case uint ui:
                number = ui;
                return true;
            case ulong ul:
                number = ul;
                return true;
            case ushort us:
                number = us;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>JavaScript's Number.isInteger.</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>JavaScript's Number(string) for the decimal forms GraphQL values use; NaN when not a number.</summary>
    public static double ParseNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }
        if (trimmed is "Infinity" or "+Infinity")
        {
            return double.PositiveInfinity;
        }
        if (trimmed == "-Infinity")
        {
            return double.NegativeInfinity;
        }
        if (trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && trimmed.Length > 2
            && ulong.TryParse(trimmed.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var hex))
        {
            return hex;
        }
        foreach (var c in trimmed)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return double.NaN;
            }
        }
        return double.TryParse(trimmed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : double.NaN;
    }
}
