using System.Text.Json.Nodes;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Dotnet = global::GraphQL;

namespace Tracker.GraphQL.Benchmarks.Reference;

/// <summary>
/// Before anything is timed: GraphQL.NET's answer to each workload must equal ours, or the comparison would time
/// different work. Answers are compared as JSON values (so whitespace and the order of object keys do not matter;
/// the order of list items does, except in <c>__schema.types</c>; see <see cref="Normalise"/> and
/// <see cref="Differences"/> for the few differences the spec allows that are not compared); parsing is compared by printing GraphQL.NET's document and parsing that with ours,
/// which must print the same as ours parsed from the source; validation by both finding no error.
/// </summary>
internal static class OutputCheck
{
    public static void ThrowIfDifferent()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("GraphQL.NET and ours differ:\n" + string.Join("\n", problems));
        }
    }

    public static IEnumerable<string> Problems()
    {
        var printed = new GraphQLParser.Visitors.SDLPrinter().Print(GraphQLParser.Parser.Parse(DotNetWorkloads.IntrospectionQuery));
        if (Printer.Print(Parser.Parse(printed)) != Printer.Print(Parser.Parse(Workloads.IntrospectionQuery)))
        {
            yield return "parse: the introspection query's documents differ";
        }
        var validation = new Dotnet.Validation.DocumentValidator().ValidateAsync(new Dotnet.Validation.ValidationOptions
        {
            Schema = DotNetWorkloads.IntrospectionSchema,
            Document = DotNetWorkloads.IntrospectionDocument,
            Operation = (GraphQLOperationDefinition)DotNetWorkloads.IntrospectionDocument.Definitions[0],
            Rules = Dotnet.Validation.DocumentValidator.CoreRules,
        }).Result;
        var ours = Tracker.GraphQL.Validation.DocumentValidator.Validate(Workloads.IntrospectionSchema, Parser.Parse(Workloads.IntrospectionQuery));
        if (!validation.IsValid || ours.Count > 0)
        {
            yield return $"validate: GraphQL.NET {validation.Errors.Count} errors ({string.Join("; ", validation.Errors.Select(e => e.Message))}), ours {ours.Count}";
        }
        foreach (var problem in Compare("execute the introspection query",
            Normalise(Ours(Workloads.IntrospectionSchema, Workloads.IntrospectionQuery, null)),
            Normalise(Theirs(DotNetWorkloads.Validated(DotNetWorkloads.IntrospectionSchema, DotNetWorkloads.IntrospectionDocument)))))
        {
            yield return problem;
        }
        foreach (var problem in Compare("execute the nested list query",
            Ours(Workloads.NestedSchema, Workloads.NestedQuery, Workloads.NestedData),
            Theirs(DotNetWorkloads.Validated(DotNetWorkloads.NestedSchema, DotNetWorkloads.NestedDocument, Workloads.NestedData))))
        {
            yield return problem;
        }
        foreach (var problem in Compare("the dashboard request",
            Ours(DashboardWorkload.Schema, DashboardWorkload.Query, null),
            Theirs(new() { Schema = DotNetWorkloads.IntrospectionSchema, Query = DashboardWorkload.Query })))
        {
            yield return problem;
        }
    }

    /// <summary>
    /// The spec leaves the order of <c>__schema.types</c> to the server (GraphQL.NET lists its introspection types
    /// first), so types are compared sorted by name; the introspection types themselves (<c>__Directive</c>...) are
    /// left out, as each engine adds its own fields to them (GraphQL.NET's deprecated <c>onOperation</c>, our
    /// experimental <c>isDeprecated</c>). <c>__schema.directives</c> is not compared: GraphQL.NET 8 has neither
    /// <c>@oneOf</c> nor <c>@specifiedBy</c>, allows <c>@deprecated</c> in fewer places (their effect on the types
    /// is compared) and hides a directive of type-system locations such as <c>@cached</c>: it lists 3 directives
    /// where ours lists 6, slightly less work for it.
    /// </summary>
    private static JsonNode Normalise(JsonNode result)
    {
        if (result["data"]?["__schema"] is JsonObject schema)
        {
            schema.Remove("directives");
            if (schema["types"] is JsonArray types)
            {
                schema["types"] = new JsonArray(types
                    .Where(t => !((string?)t!["name"])!.StartsWith("__", StringComparison.Ordinal))
                    .OrderBy(t => (string?)t!["name"], StringComparer.Ordinal)
                    .Select(t => t!.DeepClone())
                    .ToArray());
            }
        }
        return result;
    }

    private static JsonNode Ours(Tracker.GraphQL.Types.GraphQLSchema schema, string query, object? root) =>
        JsonNode.Parse(ExecutionResultJson.ToJson(Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse(query), RootValue = root }).AsTask().Result))!;

    private static JsonNode Theirs(Dotnet.ExecutionOptions options)
    {
        var result = DotNetWorkloads.Executer.ExecuteAsync(options).Result;
        if (result.Errors is { Count: > 0 } errors)
        {
            // GraphQL.NET hides the cause of a resolver's failure in the response; the check shows it.
            return new JsonObject { ["errors"] = string.Join("; ", errors.Take(3).Select(e => $"{e.Message} ({e.InnerException?.GetType().Name}: {e.InnerException?.Message})")) };
        }
        return JsonNode.Parse(new Dotnet.SystemTextJson.GraphQLSerializer().Serialize(result))!;
    }

    private static IEnumerable<string> Compare(string workload, JsonNode ours, JsonNode theirs)
    {
        if (ours["errors"] is not null || theirs["errors"] is not null)
        {
            yield return $"{workload}: errors, ours {ours["errors"]?.ToJsonString() ?? "none"}, GraphQL.NET {theirs["errors"]?.ToJsonString() ?? "none"}";
            yield break;
        }
        foreach (var difference in Differences("data", ours["data"], theirs["data"]).Take(20))
        {
            yield return $"{workload}: {difference}";
        }
    }

    /// <summary>
    /// Where two JSON values differ, by path; object keys compared as sets; a description given on one side only
    /// is accepted (see below), different descriptions are not.
    /// </summary>
    internal static IEnumerable<string> Differences(string path, JsonNode? ours, JsonNode? theirs)
    {
        switch (ours, theirs)
        {
            case (null, null):
                yield break;
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                {
                    if (!a.ContainsKey(key) || !b.ContainsKey(key))
                    {
                        yield return $"{path}.{key}: only in {(a.ContainsKey(key) ? "ours" : "GraphQL.NET")}";
                        continue;
                    }
                    foreach (var d in Differences($"{path}.{key}", a[key], b[key]))
                    {
                        yield return d;
                    }
                }
                yield break;
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count)
                {
                    yield return $"{path}: {a.Count} items in ours, {b.Count} in GraphQL.NET";
                }
                for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
                {
                    foreach (var d in Differences($"{path}[{i}]", a[i], b[i]))
                    {
                        yield return d;
                    }
                }
                yield break;
            // GraphQL.NET leaves the built-in scalars undescribed and gives an object's field the description of the
            // interface field it implements when it has none: a description on one side only is not a difference.
            case (JsonValue, null) or (null, JsonValue) when path.EndsWith(".description", StringComparison.Ordinal):
                yield break;
            default:
                if (!JsonNode.DeepEquals(ours, theirs))
                {
                    yield return $"{path}: ours {ours?.ToJsonString() ?? "null"}, GraphQL.NET {theirs?.ToJsonString() ?? "null"}";
                }
                yield break;
        }
    }
}
