using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// Reads fixture JSON as .NET values, lone surrogates included: JavaScript writes them as \uD800 escapes,
/// which System.Text.Json refuses to decode, and some lexer and coercion fixtures are about exactly those.
/// </summary>
internal static class JsonText
{
    /// <summary>A JSON string element as a .NET string, decoding escapes one UTF-16 unit at a time.</summary>
    public static string String(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException($"Expected a JSON string, found {element.ValueKind}.");
        }
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

    /// <summary>
    /// JSON as the JSON-shaped CLR values the engine takes for variables and root values (as the CLI reads
    /// them): insertion-ordered maps, lists, strings, doubles (JavaScript numbers), booleans and null.
    /// </summary>
    public static object? Value(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = Value(property.Value);
                }
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(Value(item));
                }
                return list;
            case JsonValueKind.String:
                return String(element);
            case JsonValueKind.Number:
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
