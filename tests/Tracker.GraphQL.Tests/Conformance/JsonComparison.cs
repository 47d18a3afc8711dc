using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// Strict structural comparison of two JSON values: same kinds, same object keys in the same order, numbers
/// equal as numbers (1 equals 1.0). Reports the first difference with its path.
/// </summary>
internal static class JsonComparison
{
    public static void AssertEqual(JsonNode? expected, JsonNode? actual, string context)
    {
        var difference = FindDifference(expected, actual);
        Assert.True(difference is null, $"{context}: {difference}\nexpected: {expected?.ToJsonString()}\nactual:   {actual?.ToJsonString()}");
    }

    /// <summary>The first difference, as "$.path: expected vs actual"; null when the two are equal.</summary>
    public static string? FindDifference(JsonNode? expected, JsonNode? actual) => FindDifference(expected, actual, "$");

    private static string? FindDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Describe(expected)} vs {Describe(actual)}";
        }
        switch (expected)
        {
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{path}: object vs {Describe(actual)}";
                }
                var expectedKeys = expectedObject.Select(p => p.Key).ToList();
                var actualKeys = actualObject.Select(p => p.Key).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys))
                {
                    return $"{path}: keys [{string.Join(", ", expectedKeys)}] vs [{string.Join(", ", actualKeys)}]";
                }
                foreach (var key in expectedKeys)
                {
                    if (FindDifference(expectedObject[key], actualObject[key], $"{path}.{key}") is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    return $"{path}: array vs {Describe(actual)}";
                }
                if (expectedArray.Count != actualArray.Count)
                {
                    return $"{path}: {expectedArray.Count} items vs {actualArray.Count}";
                }
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    if (FindDifference(expectedArray[i], actualArray[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            default:
                var expectedValue = expected.AsValue();
                if (actual is not JsonValue actualValue)
                {
                    return $"{path}: {Describe(expected)} vs {Describe(actual)}";
                }
                var expectedKind = expectedValue.GetValueKind();
                var actualKind = actualValue.GetValueKind();
                if (expectedKind == JsonValueKind.Number && actualKind == JsonValueKind.Number)
                {
                    return AsDouble(expectedValue) == AsDouble(actualValue) ? null : $"{path}: {expected.ToJsonString()} vs {actual.ToJsonString()}";
                }
                if (expectedKind != actualKind || expected.ToJsonString() != actual.ToJsonString())
                {
                    return $"{path}: {expected.ToJsonString()} vs {actual.ToJsonString()}";
                }
                return null;
        }
    }

    private static double AsDouble(JsonValue value) =>
        double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(JsonNode? node) => node is null ? "null" : node.ToJsonString();
}
