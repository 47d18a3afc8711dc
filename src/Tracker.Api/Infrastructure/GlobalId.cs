using System.Buffers.Text;
using System.Text;

namespace Tracker.Api.Infrastructure;

/// <summary>
/// Relay global ids: the type name and the database key, base64url-encoded so clients treat them as opaque
/// ("Organization:42" becomes "T3JnYW5pemF0aW9uOjQy").
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, int key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    /// <summary>Reads an id back; false for anything this server did not hand out.</summary>
    public static bool TryDecode(string id, out string typeName, out int key)
    {
        typeName = string.Empty;
        key = 0;
        if (id.Length is 0 or > 200)
        {
            return false;
        }
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(id);
        }
        catch (FormatException)
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out key))
        {
            return false;
        }
        typeName = text[..colon];
        // Only the exact form Encode writes: padded or zero-prefixed spellings of an id are other strings, and an
        // object's id must read back as the id it was asked by.
        return Encode(typeName, key) == id;
    }
}
