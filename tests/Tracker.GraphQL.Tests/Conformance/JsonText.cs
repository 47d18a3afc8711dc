using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// Reads JSON strings as .NET strings, lone surrogates included: JavaScript writes them as \uD800 escapes,
/// which System.Text.Json refuses to decode, and some lexer fixtures are about exactly those characters.
/// </summary>
internal static class JsonText
{
    public static string String(JsonElement element)
    {
        var raw = element.GetRawText();
        var builder = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            var escape = raw[++i];
            switch (escape)
            {
                case 'u':
                    builder.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                default:
                    builder.Append(escape);
                    break;
            }
        }
        return builder.ToString();
    }
}
