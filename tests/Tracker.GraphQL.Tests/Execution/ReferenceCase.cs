using System.Text.Json.Nodes;
using Tracker.GraphQL.Cli;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// A request and what graphql-js 17.1.0 answers for it. <see cref="Expected"/> was produced by running the
/// same schema, document, variables and root data through graphql-js (with the root data conventions of
/// tests/conformance/README.md: <c>$throw</c>, <c>$async</c>, <c>$args</c>, <c>$stream</c>).
/// <see cref="Validate"/> false executes without validating first, to reach the executor's own checks.
/// </summary>
internal sealed record ReferenceCase(
    string Id,
    string Schema,
    string Query,
    string? Variables,
    string? Root,
    bool Validate,
    string Expected,
    bool Subscribe = false,
    string? OperationName = null)
{
    private static readonly Dictionary<string, GraphQLSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>Runs the case through the engine and returns its answer, normalised as <see cref="Normalize"/> does.</summary>
    public async Task<string> RunAsync()
    {
        GraphQLSchema schema;
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(Schema, out schema!))
            {
                schema = SchemaBuilder.Build(Schema);
                Schemas[Schema] = schema;
            }
        }
        var document = Parser.Parse(Query);
        if (Validate)
        {
            var errors = DocumentValidator.Validate(schema, document);
            Assert.Empty(errors);
        }
        var args = new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            RootValue = Root is null ? new Dictionary<string, object?>() : JsonValues.Parse(Root),
            VariableValues = Variables is null ? null : (IReadOnlyDictionary<string, object?>)JsonValues.Parse(Variables)!,
            DefaultFieldResolver = JsonRootResolvers.Field,
            OperationName = OperationName,
        };
        if (!Subscribe)
        {
            return Normalize(ExecutionResultJson.ToJson(await Executor.ExecuteAsync(args)));
        }
        var subscription = await Executor.SubscribeAsync(args);
        if (subscription.ErrorResult is { } errorResult)
        {
            return Normalize(ExecutionResultJson.ToJson(errorResult));
        }
        var events = new List<string>();
        await foreach (var item in subscription.Stream!)
        {
            events.Add(ExecutionResultJson.ToJson(item));
        }
        return Normalize("{\"events\":[" + string.Join(",", events) + "]}");
    }

    /// <summary>
    /// The JSON with each errors list ordered by path then message: the order in which concurrent fields
    /// fail is not specified (spec §6.4), so neither engine's order is meaningful; everything else is compared as is.
    /// </summary>
    public static string Normalize(string json)
    {
        var node = JsonNode.Parse(json)!;
        SortErrors(node);
        if (node["events"] is JsonArray events)
        {
            foreach (var item in events)
            {
                SortErrors(item!);
            }
        }
        return node.ToJsonString();
    }

    private static void SortErrors(JsonNode node)
    {
        if (node["errors"] is not JsonArray errors)
        {
            return;
        }
        var sorted = errors
            .Select(e => e!.DeepClone())
            .OrderBy(e => e["path"]?.ToJsonString() ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => (string?)e["message"], StringComparer.Ordinal)
            .ToList();
        errors.Clear();
        foreach (var error in sorted)
        {
            errors.Add(error);
        }
    }

    public override string ToString() => Id;
}
