using System.Text.Json;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// A property name given twice in one object of a request's JSON (an HTTP body, a GET parameter's JSON, a WebSocket
/// message) refuses the request. System.Text.Json keeps the last one without a word, so <c>{"query": A, "query": B}</c>
/// ran B while a proxy, firewall or log reading the first saw A (a GET with two <c>query</c> parameters was already
/// refused), and <c>{"c": "MN", "c": "WI"}</c> in variables was read as WI. Its own <c>AllowDuplicateProperties =
/// false</c> is not used: it decodes every name while parsing and throws <see cref="InvalidOperationException"/>, not
/// <see cref="JsonException"/>, on a lone surrogate, before <see cref="JsonStrings"/> can refuse it with a message.
/// Call only on names <see cref="JsonStrings"/> found to be Unicode text.
/// </summary>
internal static class JsonDuplicates
{
    /// <summary>The first name given twice in one object of <paramref name="element"/> (within its values too when <paramref name="deep"/>); null when none is.</summary>
    public static string? Find(JsonElement element, bool deep = true)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                    {
                        return property.Name;
                    }
                    if (deep && Find(property.Value) is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            case JsonValueKind.Array when deep:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item) is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>The refusal's message for <paramref name="name"/>, given twice in <paramref name="where"/> (the name as a JSON string, so control characters are escaped).</summary>
    public static string Message(string where, string name) =>
        $"{where} gives the property {JsonSerializer.Serialize(name)} more than once; give each once.";
}
