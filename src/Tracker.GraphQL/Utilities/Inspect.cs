using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>inspect</c>: how a runtime value is shown inside an error message. Values here are
/// JSON-shaped CLR values (null, bool, numbers, strings, lists, string-keyed maps); other objects
/// print as their type name.
/// </summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Value(object? value) => Format(value, 0);

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string s => JsFormat.JsonString(s),
        bool b => b ? "true" : "false",
        double d => JsFormat.Number(d),
        float f => JsFormat.Number(f),
        decimal m => JsFormat.Number((double)m),
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        Enum e => JsFormat.JsonString(e.ToString()),
        JsonElement element => FormatJson(element, depth),
        IDictionary<string, object?> map => FormatObject(map, depth),
        IReadOnlyDictionary<string, object?> map => FormatObject(map, depth),
        IEnumerable list => FormatArray(list, depth),
        _ => "{}",
    };

    private static string FormatObject(IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return "{}";
        }
        if (depth + 1 > MaxRecursiveDepth)
        {
            return "[Object]";
        }
        return "{ " + string.Join(", ", list.Select(e => e.Key + ": " + Format(e.Value, depth + 1))) + " }";
    }

    private static string FormatArray(IEnumerable items, int depth)
    {
        var list = items.Cast<object?>().ToList();
        if (list.Count == 0)
        {
            return "[]";
        }
        if (depth + 1 > MaxRecursiveDepth)
        {
            return "[Array]";
        }
        var shown = list.Take(MaxArrayLength).Select(v => Format(v, depth + 1)).ToList();
        var remaining = list.Count - shown.Count;
        if (remaining == 1)
        {
            shown.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            shown.Add($"... {remaining} more items");
        }
        return "[" + string.Join(", ", shown) + "]";
    }

    private static string FormatJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => FormatObject(element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)), depth),
        JsonValueKind.Array => FormatArray(element.EnumerateArray().Select(e => (object?)e).ToList(), depth),
        JsonValueKind.String => JsFormat.JsonString(element.GetString()!),
        JsonValueKind.Number => JsFormat.Number(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };
}
