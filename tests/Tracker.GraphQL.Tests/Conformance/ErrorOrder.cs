using System.Text.Json.Nodes;

namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// The order execution errors are compared in. The order in which asynchronous fields fail is an
/// implementation detail (spec §6.4: fields may execute in any order), so execution errors compare as a
/// multiset: both sides sorted by path, then message, then the whole error (locations) to break ties.
/// Validation errors keep graphql-js's order and are never sorted.
/// </summary>
internal static class ErrorOrder
{
    public static List<JsonNode> Sort(List<JsonNode> errors)
    {
        var sorted = new List<JsonNode>(errors);
        sorted.Sort(Compare);
        return sorted;
    }

    private static int Compare(JsonNode? left, JsonNode? right)
    {
        var byPath = string.CompareOrdinal(left?["path"]?.ToJsonString() ?? string.Empty, right?["path"]?.ToJsonString() ?? string.Empty);
        if (byPath != 0)
        {
            return byPath;
        }
        var byMessage = string.CompareOrdinal(left?["message"]?.GetValue<string>(), right?["message"]?.GetValue<string>());
        return byMessage != 0 ? byMessage : string.CompareOrdinal(left?.ToJsonString(), right?.ToJsonString());
    }
}
