using System.Text.Json;

namespace Tracker.GraphQL.Utilities;

/// <summary>JSON documents as the JSON-shaped CLR values the engine works with.</summary>
public static class JsonValues
{
    /// <summary>
    /// Objects become insertion-ordered string-keyed dictionaries, arrays lists, numbers doubles (as in
    /// JavaScript, so coercion treats them as graphql-js does), strings, booleans and null as themselves.
    /// </summary>
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToClr(property.Value);
                }
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToClr(item));
                }
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetDouble(out var number) ? number : double.PositiveInfinity;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>
    /// A JSON value as a resolver's result: leaves become CLR values (numbers doubles), objects and arrays
    /// stay elements, so that only the parts a query selects are ever read.
    /// </summary>
    public static object? ToResolved(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object or JsonValueKind.Array => element,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDouble(out var number) ? number : double.PositiveInfinity,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>The items of a JSON array as resolver results (see <see cref="ToResolved"/>).</summary>
    public static IEnumerable<object?> ResolvedItems(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            yield return ToResolved(item);
        }
    }

    /// <summary>Parses JSON text into JSON-shaped CLR values.</summary>
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ToClr(document.RootElement);
    }
}
