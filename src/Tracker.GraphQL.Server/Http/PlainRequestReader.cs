using System.Text.Json;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// The usual request body (an object of <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c>,
/// of the types they must be, in well-formed JSON and Unicode text, no name given twice) read in one forward pass,
/// without the parsed document, the four lookups by name and the walks for refusals that <see cref="RequestParser"/>
/// makes: those were most of the reading of a small query's request. At the first thing that parse would judge
/// (malformed JSON, another type, a name it does not know, a name given twice, a string that is not text, a number
/// that is not finite) this declines, and the full parse reads the body again and answers: so every refusal, and its
/// message, stays the full parse's.
/// </summary>
internal static class PlainRequestReader
{
    /// <summary>The request, when the body is a plain one; null when the full parse must read it.</summary>
    public static GraphQLRequest? TryRead(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            return Read(ref reader);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string that is not Unicode text (bytes that are not UTF-8, an escaped lone surrogate), which decoding
            // refuses: the full parse refuses it with a message, or keeps a lone surrogate in a query.
            return null;
        }
    }

    private const int QueryBit = 1, OperationNameBit = 2, VariablesBit = 4, ExtensionsBit = 8;

    private static GraphQLRequest? Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        string? query = null, operationName = null;
        Dictionary<string, object?>? variables = null, extensions = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var bit = reader.ValueIsEscaped ? 0
                : reader.ValueTextEquals("query"u8) ? QueryBit
                : reader.ValueTextEquals("operationName"u8) ? OperationNameBit
                : reader.ValueTextEquals("variables"u8) ? VariablesBit
                : reader.ValueTextEquals("extensions"u8) ? ExtensionsBit
                : 0;
            if (bit == 0 || (seen & bit) != 0)
            {
                return null;
            }
            seen |= bit;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }
            var read = bit switch
            {
                QueryBit when reader.TokenType == JsonTokenType.String => (query = QueryTexts.Shared.Read(ref reader)) is not null,
                OperationNameBit when reader.TokenType == JsonTokenType.String => (operationName = ReadString(ref reader)) is not null,
                VariablesBit when reader.TokenType == JsonTokenType.StartObject => (variables = ReadObject(ref reader)) is not null,
                ExtensionsBit when reader.TokenType == JsonTokenType.StartObject => (extensions = ReadObject(ref reader)) is not null,
                _ => false,
            };
            if (!read)
            {
                return null;
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            // Anything after the object makes the JSON malformed; the full parse says where.
            return null;
        }
        if (query is null)
        {
            // Only a persisted document's hash, or no query at all: the full parse tells which.
            return null;
        }
        return new GraphQLRequest { Query = query, OperationName = operationName is { Length: 0 } ? null : operationName, Variables = variables, Extensions = extensions };
    }

    /// <summary>A string or name; decoding throws on bytes that are not UTF-8 and on an escaped lone surrogate.</summary>
    private static string ReadString(ref Utf8JsonReader reader) => reader.GetString()!;

    /// <summary>An object as <c>JsonValues.ToClr</c> makes it; null when the full parse must judge it.</summary>
    private static Dictionary<string, object?>? ReadObject(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = ReadString(ref reader);
            reader.Read();
            if (!TryReadValue(ref reader, out var value) || !map.TryAdd(name, value))
            {
                return null;
            }
        }
        return map;
    }

    private static bool TryReadValue(ref Utf8JsonReader reader, out object? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                value = ReadObject(ref reader);
                return value is not null;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!TryReadValue(ref reader, out var item))
                    {
                        value = null;
                        return false;
                    }
                    list.Add(item);
                }
                value = list;
                return true;
            case JsonTokenType.String:
                value = ReadString(ref reader);
                return true;
            case JsonTokenType.Number:
                // Numbers are doubles, as JsonValues.ToClr makes them; one beyond a double's range is left to it.
                var finite = reader.TryGetDouble(out var number) && double.IsFinite(number);
                value = number;
                return finite;
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            default:
                value = null;
                return false;
        }
    }
}
