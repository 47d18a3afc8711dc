using System.Runtime.InteropServices;
using System.Text.Json;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// What the server refuses in a request's JSON (an HTTP body, a GET parameter's JSON, a WebSocket message), found in
/// one walk: a string or property name that is not Unicode text (<see cref="JsonStrings"/>), which wins wherever it is,
/// else a property name given twice in one object. System.Text.Json keeps the last of two names without a word, so
/// <c>{"query": A, "query": B}</c> would run B while a proxy, firewall or log reading the first saw A, and
/// <c>{"c": "MN", "c": "WI"}</c> in variables would be read as WI. Its own <c>AllowDuplicateProperties = false</c> is not
/// used: it decodes every name while parsing and throws <see cref="InvalidOperationException"/>, not
/// <see cref="JsonException"/>, on a lone surrogate, before the name could be refused with a message.
/// </summary>
internal readonly record struct JsonRefusal(string? Malformation, string? RepeatedName)
{
    /// <summary>Above this many properties an object's names are compared through a set; below, pairwise, allocating nothing.</summary>
    private const int PairwiseNames = 8;

    /// <summary>The refusal of <paramref name="value"/>: its strings and names at any depth, and repeated names in each of its objects.</summary>
    public static JsonRefusal? Find(JsonElement value)
    {
        var found = new Found();
        Walk(value, ref found, deep: true);
        return found.Refusal;
    }

    /// <summary>The refusal of an object's own property names (not of the values within).</summary>
    public static JsonRefusal? FindInNames(JsonElement value)
    {
        var found = new Found();
        Walk(value, ref found, deep: false);
        return found.Refusal;
    }

    /// <summary>
    /// The refusal of a graphql-transport-ws message, as <see cref="Find"/>, except that the payload's query may hold a
    /// lone surrogate (the parser reports it as graphql-js does, in an error). A message that is not an object is
    /// refused only for a repeated name: it is refused anyway, for having no type.
    /// </summary>
    public static JsonRefusal? FindInMessage(JsonElement message)
    {
        var found = new Found { KeepWalkingPastMalformation = message.ValueKind != JsonValueKind.Object };
        if (found.KeepWalkingPastMalformation)
        {
            Walk(message, ref found, deep: true);
            return found.RepeatedName is { } repeated ? new JsonRefusal(null, repeated) : null;
        }
        WalkObject(message, ref found, static (JsonProperty property, ref Found found) =>
        {
            if (!property.NameEquals("payload") || property.Value.ValueKind != JsonValueKind.Object)
            {
                return Walk(property.Value, ref found, deep: true);
            }
            return WalkObject(property.Value, ref found, static (JsonProperty parameter, ref Found found) =>
                parameter.NameEquals("query") && parameter.Value.ValueKind == JsonValueKind.String
                    && JsonStrings.DecodeKeepingLoneSurrogates(parameter.Value) is not null
                    ? false
                    : Walk(parameter.Value, ref found, deep: true));
        });
        return found.Refusal;
    }

    /// <summary>The refusal's message for <paramref name="name"/>, given twice in <paramref name="where"/> (the name as a JSON string, so control characters are escaped).</summary>
    public static string RepeatedNameMessage(string where, string name) =>
        $"{where} gives the property {JsonSerializer.Serialize(name)} more than once; give each once.";

    private delegate bool ValueWalk(JsonProperty property, ref Found found);

    /// <summary>What the walk found so far; it stops at the first malformation unless told to keep walking.</summary>
    private struct Found
    {
        public string? Malformation;
        public string? RepeatedName;
        public bool KeepWalkingPastMalformation;

        public readonly JsonRefusal? Refusal =>
            Malformation is not null || RepeatedName is not null ? new JsonRefusal(Malformation, Malformation is null ? RepeatedName : null) : null;

        /// <summary>Records a malformation; true when the walk stops.</summary>
        public bool Malformed(string malformation)
        {
            Malformation ??= malformation;
            return !KeepWalkingPastMalformation;
        }
    }

    /// <summary>Walks a value; true when the walk stops.</summary>
    private static bool Walk(JsonElement element, ref Found found, bool deep)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when deep:
                return JsonStrings.Malformation(element) is { } malformation && found.Malformed(malformation);
            case JsonValueKind.Object:
                return deep
                    ? WalkObject(element, ref found, static (JsonProperty property, ref Found found) => Walk(property.Value, ref found, deep: true))
                    : WalkObject(element, ref found, static (JsonProperty _, ref Found _) => false);
            case JsonValueKind.Array when deep:
                foreach (var item in element.EnumerateArray())
                {
                    if (Walk(item, ref found, deep: true))
                    {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// Walks an object's names (each checked, then compared with those before it) and, through <paramref name="values"/>,
    /// its values, in document order, so the first repeated name recorded is the first a reader meets.
    /// </summary>
    private static bool WalkObject(JsonElement element, ref Found found, ValueWalk values)
    {
        var names = found.RepeatedName is null && element.GetPropertyCount() > PairwiseNames ? new HashSet<string>(StringComparer.Ordinal) : null;
        var index = 0;
        foreach (var property in element.EnumerateObject())
        {
            // A name that is not text is refused before it is compared: decoding it throws.
            if (JsonStrings.NameMalformation(property) is { } malformation)
            {
                if (found.Malformed(malformation))
                {
                    return true;
                }
            }
            else if (found.RepeatedName is null && (names is null ? IsRepeated(element, property, index, found.KeepWalkingPastMalformation) : !names.Add(property.Name)))
            {
                found.RepeatedName = property.Name;
            }
            if (values(property, ref found))
            {
                return true;
            }
            index++;
        }
        return false;
    }

    /// <summary>
    /// Whether one of the first <paramref name="count"/> properties of <paramref name="element"/> has the name of
    /// <paramref name="property"/>; names that are not text (met only when the walk kept going past them) match none.
    /// </summary>
    private static bool IsRepeated(JsonElement element, JsonProperty property, int count, bool earlierMayBeMalformed)
    {
        foreach (var earlier in element.EnumerateObject())
        {
            if (count-- == 0)
            {
                return false;
            }
            if ((!earlierMayBeMalformed || JsonStrings.NameMalformation(earlier) is null) && SameName(earlier, property))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Names compared as decoded text without decoding both: a name without escapes is its own UTF-8, which the other
    /// property compares itself with (decoding its escapes if it has any).
    /// </summary>
    private static bool SameName(JsonProperty first, JsonProperty second)
    {
        var firstRaw = JsonMarshal.GetRawUtf8PropertyName(first);
        if (!firstRaw.Contains((byte)'\\'))
        {
            return second.NameEquals(firstRaw);
        }
        var secondRaw = JsonMarshal.GetRawUtf8PropertyName(second);
        return secondRaw.Contains((byte)'\\') ? first.Name == second.Name : first.NameEquals(secondRaw);
    }
}
