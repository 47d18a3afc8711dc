using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// JSON strings that are not Unicode text: bytes that are not UTF-8, or an escape naming a lone surrogate
/// (<c>"\ud800"</c>). System.Text.Json parses both but throws when such a string is read, so a request is checked
/// before its strings are read, and refused with a message instead of failing inside the server.
/// </summary>
internal static class JsonStrings
{
    /// <summary>Why this string value is not Unicode text; null when it is (see <see cref="JsonRefusal"/> for whole values).</summary>
    public static string? Malformation(JsonElement stringValue) => Malformation(Content(stringValue));

    /// <summary>
    /// Why the property's name is not Unicode text; null when it is. Looking a property up by name
    /// (<c>TryGetProperty</c>, <c>NameEquals</c>) decodes the names it passes, and throws on such a name.
    /// </summary>
    public static string? NameMalformation(JsonProperty property) => Malformation(JsonMarshal.GetRawUtf8PropertyName(property));

    /// <summary>
    /// A string's value with any lone surrogate kept (a JavaScript server sees the same string), where
    /// <see cref="JsonElement.GetString"/> throws; null when its bytes are not UTF-8.
    /// </summary>
    public static string? DecodeKeepingLoneSurrogates(JsonElement element)
    {
        var content = Content(element);
        return Utf8.IsValid(content) ? Unescape(content) : null;
    }

    /// <summary>The raw bytes between a string value's quotes, escapes undecoded.</summary>
    private static ReadOnlySpan<byte> Content(JsonElement element) => JsonMarshal.GetRawUtf8Value(element)[1..^1];

    private static string? Malformation(ReadOnlySpan<byte> content)
    {
        if (!Utf8.IsValid(content))
        {
            return "holds bytes that are not UTF-8";
        }
        // Valid UTF-8 encodes no surrogate: only an escape can name one.
        if (!content.Contains((byte)'\\'))
        {
            return null;
        }
        var text = Unescape(content);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return $"holds a lone surrogate (\\u{(int)text[i]:x4})";
            }
        }
        return null;
    }

    /// <summary>Decodes JSON escapes (already checked well-formed by the JSON parser) without judging what they name.</summary>
    private static string Unescape(ReadOnlySpan<byte> content)
    {
        var text = new StringBuilder(content.Length);
        while (true)
        {
            // A backslash byte is never part of a multi-byte UTF-8 sequence, so the runs between escapes decode alone.
            var backslash = content.IndexOf((byte)'\\');
            if (backslash < 0)
            {
                return text.Append(Encoding.UTF8.GetString(content)).ToString();
            }
            text.Append(Encoding.UTF8.GetString(content[..backslash]));
            var escape = (char)content[backslash + 1];
            if (escape == 'u')
            {
                text.Append((char)ushort.Parse(content.Slice(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                content = content[(backslash + 6)..];
                continue;
            }
            text.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => escape, // '"', '\\' and '/' stand for themselves
            });
            content = content[(backslash + 2)..];
        }
    }
}
