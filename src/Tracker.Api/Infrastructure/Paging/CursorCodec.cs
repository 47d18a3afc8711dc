using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// Keyset cursors of one connection under one sort order: a row's sort key values then its id, the way GitHub's
/// and HotChocolate's keyset cursors hold them, so that a page starts after that row wherever it now stands
/// (offsets shift when rows are added or removed before them). The text is base64url of a compact JSON array:
/// <c>[version, tag, value..., id]</c>. The tag is a hash of the connection's name and its order, so a cursor
/// from another list or sort order is refused instead of positioning the page somewhere meaningless.
/// </summary>
public sealed class CursorCodec
{
    /// <summary>Raised when the layout changes, so old cursors are refused rather than misread.</summary>
    private const int Version = 1;

    /// <summary>Longest cursor read at all; ten keys of long names fit many times over.</summary>
    private const int MaxCursorLength = 4096;

    private readonly string _tag;
    private readonly IReadOnlyList<Type> _keyTypes;

    public CursorCodec(string connection, string order, IReadOnlyList<Type> keyTypes)
    {
        // Eight hex digits: a cursor is not a secret, the tag only tells lists apart.
        _tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(connection + "|" + order)))[..8];
        _keyTypes = keyTypes;
    }

    public string Encode(IReadOnlyList<object?> keys)
    {
        var items = new object?[keys.Count + 2];
        items[0] = Version;
        items[1] = _tag;
        for (var i = 0; i < keys.Count; i++)
        {
            items[i + 2] = keys[i];
        }
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(items));
    }

    /// <summary>The key values a cursor holds, typed as the keys are; a clear error for anything else.</summary>
    public object?[] Decode(string cursor, string argument)
    {
        JsonElement[] items;
        try
        {
            if (cursor.Length is 0 or > MaxCursorLength)
            {
                throw Malformed(cursor, argument);
            }
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor), new JsonDocumentOptions { MaxDepth = 4 });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw Malformed(cursor, argument);
            }
            items = document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Malformed(cursor, argument);
        }
        if (items.Length < 2 || items[0].ValueKind != JsonValueKind.Number || !items[0].TryGetInt32(out var version) || version != Version
            || items[1].ValueKind != JsonValueKind.String)
        {
            throw Malformed(cursor, argument);
        }
        if (items[1].GetString() != _tag)
        {
            throw UserInputError.Create(
                $"\"{argument}\" is a cursor of another list or sort order; page with the order it came from, or start again without it.", argument);
        }
        if (items.Length != _keyTypes.Count + 2)
        {
            throw Malformed(cursor, argument);
        }
        var values = new object?[_keyTypes.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Read(items[i + 2], _keyTypes[i]) is { Valid: true } read ? read.Value : throw Malformed(cursor, argument);
        }
        return values;
    }

    private static (bool Valid, object? Value) Read(JsonElement item, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = !type.IsValueType || underlying != type;
        if (item.ValueKind == JsonValueKind.Null)
        {
            return (nullable, null);
        }
        object? value;
        try
        {
            value = item.Deserialize(underlying);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return (false, null);
        }
        return value switch
        {
            // PostgreSQL's text cannot hold U+0000: refused here rather than failing in the database.
            string text when text.Contains('\0', StringComparison.Ordinal) => (false, null),
            Enum member when !Enum.IsDefined(underlying, member) => (false, null),
            // Stored times are UTC; PostgreSQL refuses to compare a timestamptz with an unspecified kind.
            DateTime time => (true, DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            null => (false, null),
            _ => (true, value),
        };
    }

    private static Tracker.GraphQL.GraphQLError Malformed(string cursor, string argument) =>
        UserInputError.Create($"\"{argument}\" is not a cursor this server handed out: \"{(cursor.Length > 100 ? cursor[..100] + "..." : cursor)}\".", argument);
}
