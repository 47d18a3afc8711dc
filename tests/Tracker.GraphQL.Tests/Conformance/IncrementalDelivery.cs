using System.Text.Json.Nodes;

namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// How incremental payloads are compared (tests/conformance/README.md). Errors compare as a multiset everywhere,
/// as in the other execution cases. Cases whose root data is synchronous compare payload by payload: graphql-js's
/// batching is then fully determined and the engine reproduces it. Cases with asynchronous data ("$async",
/// "$stream") depend on when each runtime runs what, so they compare what is delivered: the initial data and
/// errors exactly, the announced fragments and streams as a multiset, the data every payload adds up to, every
/// completion with its errors, every error, and that the payloads keep the protocol (ids announced before use and
/// completed once, <c>hasNext</c> false on the last payload only).
/// </summary>
internal static class IncrementalDelivery
{
    /// <summary>Whether the case's root data resolves asynchronously anywhere.</summary>
    public static bool HasAsynchronousData(JsonNode? rootValue) => rootValue switch
    {
        JsonObject map => map.ContainsKey("$async") || map.ContainsKey("$stream") || map.Any(entry => HasAsynchronousData(entry.Value)),
        JsonArray items => items.Any(HasAsynchronousData),
        _ => false,
    };

    /// <summary>Both payload lists with every <c>errors</c> array sorted (in place).</summary>
    public static void SortErrors(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                if (map["errors"] is JsonArray errors)
                {
                    map["errors"] = new JsonArray(ErrorOrder.Sort(errors.Select(error => error!.DeepClone()).ToList()).ToArray());
                }
                foreach (var (key, value) in map.ToList())
                {
                    if (key is "incremental" or "completed" or "payloads")
                    {
                        SortErrors(value);
                    }
                }
                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    SortErrors(item);
                }
                break;
        }
    }

    /// <summary>What a payload list delivers, independent of how it was batched.</summary>
    public static JsonObject Summary(JsonArray payloads)
    {
        var problems = new JsonArray();
        var initial = payloads[0]!.AsObject();
        var data = initial["data"]?.DeepClone();
        var active = new Dictionary<string, (JsonNode Path, string? Label)>(StringComparer.Ordinal);
        var announced = new List<JsonNode>();
        var completions = new List<JsonNode>();
        var errors = new List<JsonNode>();
        if (initial["hasNext"]?.GetValue<bool>() != true)
        {
            problems.Add("the initial payload does not have hasNext: true");
        }
        Announce(initial["pending"] as JsonArray, active, announced, problems);
        for (var i = 1; i < payloads.Count; i++)
        {
            var payload = payloads[i]!.AsObject();
            var last = i == payloads.Count - 1;
            if (payload["hasNext"]?.GetValue<bool>() != !last)
            {
                problems.Add($"payload {i} has hasNext: {payload["hasNext"]?.ToJsonString()}");
            }
            Announce(payload["pending"] as JsonArray, active, announced, problems);
            foreach (var entry in (payload["incremental"] as JsonArray) ?? [])
            {
                var id = entry!["id"]!.GetValue<string>();
                if (!active.TryGetValue(id, out var pending))
                {
                    problems.Add($"payload {i} delivers to id {id}, which is not pending");
                    continue;
                }
                foreach (var error in (entry["errors"] as JsonArray) ?? [])
                {
                    errors.Add(error!.DeepClone());
                }
                var path = pending.Path.AsArray().Select(segment => segment!.DeepClone()).ToList();
                if (entry["items"] is JsonArray items)
                {
                    if (Navigate(data, path) is JsonArray list)
                    {
                        foreach (var item in items)
                        {
                            list.Add(item?.DeepClone());
                        }
                    }
                    else
                    {
                        problems.Add($"payload {i} streams items to {pending.Path.ToJsonString()}, which is not a list");
                    }
                    continue;
                }
                path.AddRange((entry["subPath"] as JsonArray ?? []).Select(segment => segment!.DeepClone()));
                if (Navigate(data, path) is JsonObject target && entry["data"] is JsonObject fields)
                {
                    Merge(target, fields);
                }
                else
                {
                    problems.Add($"payload {i} delivers data to {new JsonArray(path.ToArray()).ToJsonString()}, which is not an object");
                }
            }
            foreach (var entry in (payload["completed"] as JsonArray) ?? [])
            {
                var id = entry!["id"]!.GetValue<string>();
                if (!active.Remove(id, out var pending))
                {
                    problems.Add($"payload {i} completes id {id}, which is not pending");
                    continue;
                }
                var completion = new JsonObject { ["path"] = pending.Path.DeepClone(), ["label"] = pending.Label };
                if (entry["errors"] is JsonArray completionErrors)
                {
                    completion["errors"] = completionErrors.DeepClone();
                }
                completions.Add(completion);
            }
        }
        if (active.Count > 0)
        {
            problems.Add($"never completed: {string.Join(", ", active.Keys)}");
        }
        return new JsonObject
        {
            ["initialData"] = initial["data"]?.DeepClone(),
            ["initialErrors"] = initial["errors"]?.DeepClone(),
            ["announced"] = Sorted(announced),
            ["finalData"] = Canonical(data),
            ["completed"] = Sorted(completions),
            ["errors"] = new JsonArray(ErrorOrder.Sort(errors).ToArray()),
            ["protocolProblems"] = problems,
        };
    }

    private static void Announce(JsonArray? pending, Dictionary<string, (JsonNode Path, string? Label)> active, List<JsonNode> announced, JsonArray problems)
    {
        foreach (var entry in pending ?? [])
        {
            var id = entry!["id"]!.GetValue<string>();
            var label = entry["label"]?.GetValue<string>();
            if (!active.TryAdd(id, (entry["path"]!.DeepClone(), label)))
            {
                problems.Add($"id {id} is announced while still pending");
            }
            announced.Add(new JsonObject { ["path"] = entry["path"]!.DeepClone(), ["label"] = label });
        }
    }

    private static JsonNode? Navigate(JsonNode? node, List<JsonNode> path)
    {
        foreach (var segment in path)
        {
            node = segment.GetValueKind() == System.Text.Json.JsonValueKind.Number
                ? (node as JsonArray) is { } list && segment.GetValue<int>() < list.Count ? list[segment.GetValue<int>()] : null
                : (node as JsonObject)?[segment.GetValue<string>()];
        }
        return node;
    }

    private static void Merge(JsonObject target, JsonObject fields)
    {
        foreach (var (key, value) in fields)
        {
            if (target[key] is JsonObject existing && value is JsonObject nested)
            {
                Merge(existing, nested);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private static JsonArray Sorted(List<JsonNode> entries) =>
        new(entries.OrderBy(entry => entry.ToJsonString(), StringComparer.Ordinal).Select(entry => entry.DeepClone()).ToArray());

    /// <summary>Objects with their keys sorted: the order fields arrive in may legitimately differ.</summary>
    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject map => new JsonObject(map.OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => KeyValuePair.Create(entry.Key, Canonical(entry.Value)))),
        JsonArray items => new JsonArray(items.Select(Canonical).ToArray()),
        _ => node?.DeepClone(),
    };
}
