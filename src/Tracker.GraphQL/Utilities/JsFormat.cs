using System.Globalization;
using System.Text;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// JavaScript's renderings of numbers and strings. Error messages embed values the way graphql-js
/// prints them (<c>String(1e21)</c> is "1e+21", <c>JSON.stringify("a\nb")</c> is "\"a\\nb\""), so the
/// engine's messages match the reference word for word.
/// </summary>
public static class JsFormat
{
    /// <summary>ECMAScript Number::toString(10): shortest round-trip digits, exponent form outside 1e-7..1e21.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0)
        {
            return "0";
        }
        var sign = value < 0 ? "-" : string.Empty;
        // "E16" is not shortest; "R" is. Split R's output into digits and a decimal exponent.
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var ePos = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = roundTrip;
        if (ePos >= 0)
        {
            exponent = int.Parse(roundTrip[(ePos + 1)..], CultureInfo.InvariantCulture);
            mantissa = roundTrip[..ePos];
        }
        var dot = mantissa.IndexOf('.');
        var digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        var pointPosition = (dot >= 0 ? dot : mantissa.Length) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        pointPosition -= leadingZeros;
        if (digits.Length == 0)
        {
            return "0";
        }
        var k = digits.Length;
        var n = pointPosition;
        string body;
        if (k <= n && n <= 21)
        {
            body = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            body = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            body = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var exponentText = (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
            body = k == 1 ? digits + "e" + exponentText : digits[0] + "." + digits[1..] + "e" + exponentText;
        }
        return sign + body;
    }

    /// <summary>JSON.stringify of a string: quotes, escapes, lone surrogates as \uXXXX.</summary>
    public static string JsonString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Whether JavaScript's text of a number is an integer, by graphql-js's <c>/^-?(?:0|[1-9][0-9]*)$/</c>: how it
    /// chooses an Int or a Float literal when it turns a number into GraphQL.
    /// </summary>
    public static bool IsIntegerText(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        if (i >= text.Length)
        {
            return false;
        }
        if (text[i] == '0')
        {
            return i + 1 == text.Length;
        }
        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
