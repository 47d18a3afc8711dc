using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Types;

/// <summary>
/// How a CLR value looks to graphql-js's built-in scalars. The scalars branch on JavaScript's
/// <c>typeof</c> (string, number, boolean, bigint, object), so every CLR value is first mapped onto
/// the JavaScript value it stands for: all numerics are numbers, except 64-bit and wider integers too
/// large for a double to hold exactly, which are bigints (the exact JavaScript equivalent);
/// <c>char</c>, <c>Guid</c> and CLR enums (by member name) are strings, and so is a <see cref="Uri"/>
/// (a JavaScript URL serializes to its href). Anything else, dates included, stays an object: graphql-js's
/// built-in scalars refuse objects, and dates deserve a custom scalar.
/// </summary>
internal static class JsPrimitive
{
    /// <summary>2^53: integers up to this magnitude are exact in a double (JavaScript's safe integer range + 1).</summary>
    private const long MaxExactInteger = 9_007_199_254_740_992;

    /// <summary>
    /// The JavaScript value a CLR value stands for: null, <see cref="string"/>, <see cref="bool"/>,
    /// <see cref="double"/> (a number), <see cref="BigInteger"/> (a bigint) or the value itself (an object).
    /// </summary>
    public static object? From(object? value) => value switch
    {
        null or string or bool or double or BigInteger => value,
        int i => (double)i,
        long l => l is >= -MaxExactInteger and <= MaxExactInteger ? (double)l : new BigInteger(l),
        ulong ul => ul <= MaxExactInteger ? (double)ul : new BigInteger(ul),
        // A float's shortest round-trip text is the number its author wrote: 1.1f is 1.1, not 1.100000023841858.
        float f => float.IsFinite(f) ? double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : (double)f,
        decimal m => (double)m,
        short s => (double)s,
        ushort us => (double)us,
        byte b => (double)b,
        sbyte sb => (double)sb,
        uint ui => (double)ui,
        nint n => From((long)n),
        nuint n => From((ulong)n),
        Half h => (double)h,
        Int128 big => big >= -MaxExactInteger && big <= MaxExactInteger ? (double)big : (BigInteger)big,
        UInt128 big => big <= MaxExactInteger ? (double)big : (BigInteger)big,
        char c => c.ToString(),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        Uri uri => uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString,
        JsonElement json => FromJson(json),
        _ => value,
    };

    /// <summary>graphql-js's <c>inspect</c> of a value <see cref="From"/> returned (bigints print without "n").</summary>
    public static string Inspect(object? primitive) => primitive is BigInteger big
        ? big.ToString(CultureInfo.InvariantCulture)
        : Utilities.Inspect.Value(primitive);

    /// <summary>JavaScript's <c>Number.isInteger</c>.</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>
    /// JavaScript's <c>Number(string)</c> (ECMAScript StringToNumber): surrounding white space is ignored,
    /// an empty string is 0, <c>0x</c>/<c>0o</c>/<c>0b</c> prefixes and <c>Infinity</c> are understood,
    /// anything else that is not a decimal literal is NaN.
    /// </summary>
    public static double ParseNumber(string text)
    {
        var span = TrimJsWhiteSpace(text.AsSpan());
        if (span.IsEmpty)
        {
            return 0;
        }
        if (span.Length > 2 && span[0] == '0' && RadixOf(span[1]) is var radix and > 0)
        {
            return ParseRadix(span[2..], radix);
        }
        var body = span[0] is '+' or '-' ? span[1..] : span;
        if (body.SequenceEqual("Infinity"))
        {
            return span[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }
        return IsDecimalLiteral(body) ? double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture) : double.NaN;
    }

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => json,
    };

    private static int RadixOf(char prefix) => prefix switch
    {
        'x' or 'X' => 16,
        'o' or 'O' => 8,
        'b' or 'B' => 2,
        _ => 0,
    };

    private static double ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        double result = 0;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return double.NaN;
            }
            result = (result * radix) + digit;
        }
        return result;
    }

    /// <summary>StrUnsignedDecimalLiteral: digits with an optional fraction, or a fraction alone, then an optional exponent.</summary>
    private static bool IsDecimalLiteral(ReadOnlySpan<char> body)
    {
        var i = 0;
        var integerDigits = CountDigits(body, ref i);
        var fractionDigits = 0;
        if (i < body.Length && body[i] == '.')
        {
            i++;
            fractionDigits = CountDigits(body, ref i);
        }
        if (integerDigits + fractionDigits == 0)
        {
            return false;
        }
        if (i < body.Length && body[i] is 'e' or 'E')
        {
            i++;
            if (i < body.Length && body[i] is '+' or '-')
            {
                i++;
            }
            if (CountDigits(body, ref i) == 0)
            {
                return false;
            }
        }
        return i == body.Length;
    }

    private static int CountDigits(ReadOnlySpan<char> text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }
        return index - start;
    }

    /// <summary>ECMAScript WhiteSpace and LineTerminator code points, which Number() ignores at both ends.</summary>
    private static ReadOnlySpan<char> TrimJsWhiteSpace(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsJsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && IsJsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return text[start..end];
    }

    private static bool IsJsWhiteSpace(char c) =>
        c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
        || c is >= '\u2000' and <= '\u200A';
}
