using System.Text.Json;
using System.Text.Json.Nodes;
using Tracker.GraphQL.Cli;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// Every fixture case generated from graphql-js 17.1.0 must give the same answer here: syntax errors,
/// printed documents, validation errors (in order), execution results, subscription events, schema
/// errors, printed schemas and introspection results.
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> ParseCases => Fixtures.Ids("parse");

    public static TheoryData<string> ValidationCases => Fixtures.Ids("validation");

    public static TheoryData<string> CoercionCases => Fixtures.Ids("coercion");

    public static TheoryData<string> ExecutionCases => Fixtures.Ids("execution");

    public static TheoryData<string> SubscriptionCases => Fixtures.Ids("subscription");

    public static TheoryData<string> SchemaCases => Fixtures.Ids("schema");

    public static TheoryData<string> IntrospectionCases => Fixtures.Ids("introspection");

    [Theory]
    [MemberData(nameof(ParseCases))]
    public void Parse(string id)
    {
        var testCase = Fixtures.Case("parse", id);
        var expected = testCase.GetProperty("expected");
        JsonNode actual;
        try
        {
            actual = new JsonObject { ["printed"] = Printer.Print(Parser.Parse(JsonText.String(testCase.GetProperty("document")))) };
        }
        catch (GraphQLError error)
        {
            actual = new JsonObject { ["error"] = ErrorJson(error) };
        }
        JsonComparison.AssertEqual(JsonNode.Parse(expected.GetRawText()), actual, id);
    }

    [Theory]
    [MemberData(nameof(ValidationCases))]
    public void Validate(string id)
    {
        var testCase = Fixtures.Case("validation", id);
        var schema = Fixtures.Schema(testCase.GetProperty("schema").GetString()!);
        var document = Parser.Parse(JsonText.String(testCase.GetProperty("document")));
        IReadOnlyList<ValidationRule>? rules = testCase.TryGetProperty("rules", out var names)
            ? names.EnumerateArray().Select(n => SpecifiedRules.ByName(n.GetString()!) ?? throw new InvalidOperationException($"Unknown rule {n}")).ToList()
            : null;
        var errors = DocumentValidator.Validate(schema, document, rules);
        var actual = new JsonObject { ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)ErrorJson(e)).ToArray()) };
        JsonComparison.AssertEqual(JsonNode.Parse(testCase.GetProperty("expected").GetRawText()), actual, id);
    }

    [Theory]
    [MemberData(nameof(CoercionCases))]
    public Task Coercion(string id) => AssertExecution("coercion", id);

    [Theory]
    [MemberData(nameof(ExecutionCases))]
    public Task Execution(string id) => AssertExecution("execution", id);

    [Theory]
    [MemberData(nameof(IntrospectionCases))]
    public Task Introspection(string id) => AssertExecution("introspection", id);

    [Theory]
    [MemberData(nameof(SubscriptionCases))]
    public async Task Subscription(string id)
    {
        var testCase = Fixtures.Case("subscription", id);
        var (args, validationErrors) = Prepare(testCase);
        JsonObject actual;
        if (validationErrors.Count > 0)
        {
            actual = new JsonObject { ["result"] = ResultJson(ExecutionResult.FromErrors(validationErrors), sortErrors: false) };
        }
        else
        {
            var subscription = await Executor.SubscribeAsync(args);
            if (subscription.ErrorResult is { } errorResult)
            {
                actual = new JsonObject { ["result"] = ResultJson(errorResult, sortErrors: true) };
            }
            else
            {
                var events = new JsonArray();
                await foreach (var result in subscription.Stream!)
                {
                    events.Add(ResultJson(result, sortErrors: true));
                }
                actual = new JsonObject { ["events"] = events };
            }
        }
        JsonComparison.AssertEqual(Normalize(JsonNode.Parse(testCase.GetProperty("expected").GetRawText())), actual, id);
    }

    [Theory]
    [MemberData(nameof(SchemaCases))]
    public void Schema(string id)
    {
        var testCase = Fixtures.Case("schema", id);
        JsonObject actual;
        try
        {
            var schema = SchemaBuilder.Build(Parser.Parse(JsonText.String(testCase.GetProperty("sdl"))));
            actual = new JsonObject
            {
                ["errors"] = new JsonArray(SchemaValidator.Validate(schema).Select(e => (JsonNode?)ErrorJson(e)).ToArray()),
                ["printed"] = SchemaPrinter.PrintSchema(schema),
            };
        }
        catch (SchemaBuildException exception)
        {
            actual = new JsonObject { ["buildError"] = exception.Message };
        }
        catch (GraphQLError syntaxError)
        {
            actual = new JsonObject { ["buildError"] = syntaxError.Message };
        }
        JsonComparison.AssertEqual(JsonNode.Parse(testCase.GetProperty("expected").GetRawText()), actual, id);
    }

    private static async Task AssertExecution(string area, string id)
    {
        var testCase = Fixtures.Case(area, id);
        var (args, validationErrors) = Prepare(testCase);
        var result = validationErrors.Count > 0 ? ExecutionResult.FromErrors(validationErrors) : await Executor.ExecuteAsync(args);
        var actual = new JsonObject { ["result"] = ResultJson(result, sortErrors: validationErrors.Count == 0) };
        JsonComparison.AssertEqual(Normalize(JsonNode.Parse(testCase.GetProperty("expected").GetRawText())), actual, id);
    }

    /// <summary>The request a case describes, validated as graphql() validates it before executing.</summary>
    private static (ExecutionArgs Args, IReadOnlyList<GraphQLError> ValidationErrors) Prepare(JsonElement testCase)
    {
        var schema = Fixtures.Schema(testCase.GetProperty("schema").GetString()!);
        var document = Parser.Parse(JsonText.String(testCase.GetProperty("document")));
        var args = new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            RootValue = testCase.TryGetProperty("rootValue", out var root) ? JsonValues.ToClr(root) : new Dictionary<string, object?>(),
            VariableValues = testCase.TryGetProperty("variables", out var variables) ? (IReadOnlyDictionary<string, object?>?)JsonValues.ToClr(variables) : null,
            OperationName = testCase.TryGetProperty("operationName", out var operationName) ? operationName.GetString() : null,
            DefaultFieldResolver = JsonRootResolvers.Field,
        };
        return (args, DocumentValidator.Validate(schema, document));
    }

    private static JsonObject ErrorJson(GraphQLError error)
    {
        var json = new JsonObject { ["message"] = error.Message };
        if (error.Locations is { Count: > 0 } locations)
        {
            json["locations"] = new JsonArray(locations.Select(l => (JsonNode?)new JsonObject { ["line"] = l.Line, ["column"] = l.Column }).ToArray());
        }
        if (error.Path is { } path)
        {
            json["path"] = new JsonArray(path.Select(p => (JsonNode?)(p is int i ? JsonValue.Create(i) : JsonValue.Create(p.ToString()))).ToArray());
        }
        return json;
    }

    /// <summary>Our response as graphql-js shapes it (errors without our extensions), errors sorted when requested.</summary>
    private static JsonObject ResultJson(ExecutionResult result, bool sortErrors)
    {
        var json = new JsonObject();
        if (result.Errors is { } errors)
        {
            var items = errors.Select(ErrorJson).ToList();
            json["errors"] = new JsonArray((sortErrors ? Sort(items) : items).Select(e => (JsonNode?)e).ToArray());
        }
        if (result.HasData)
        {
            json["data"] = JsonNode.Parse(ExecutionResultJson.ToJson(ExecutionResult.FromData(result.Data)))!["data"]?.DeepClone();
        }
        return json;
    }

    /// <summary>Sorts execution errors in expected results the same way, since completion order of async fields is not specified.</summary>
    private static JsonNode? Normalize(JsonNode? expected)
    {
        if (expected is JsonObject obj)
        {
            foreach (var key in new[] { "result" })
            {
                if (obj[key] is JsonObject result && result["errors"] is JsonArray errors && result["data"] is not null)
                {
                    result["errors"] = new JsonArray(Sort(errors.Select(e => e!.AsObject()).ToList()).Select(e => (JsonNode?)e.DeepClone()).ToArray());
                }
            }
            if (obj["result"] is JsonObject withData && withData.ContainsKey("data") && withData["errors"] is JsonArray dataErrors)
            {
                withData["errors"] = new JsonArray(Sort(dataErrors.Select(e => e!.AsObject()).ToList()).Select(e => (JsonNode?)e.DeepClone()).ToArray());
            }
            if (obj["events"] is JsonArray events)
            {
                foreach (var item in events.OfType<JsonObject>())
                {
                    if (item["errors"] is JsonArray eventErrors)
                    {
                        item["errors"] = new JsonArray(Sort(eventErrors.Select(e => e!.AsObject()).ToList()).Select(e => (JsonNode?)e.DeepClone()).ToArray());
                    }
                }
            }
        }
        return expected;
    }

    private static List<JsonObject> Sort(List<JsonObject> errors) =>
        errors.OrderBy(e => e["path"]?.ToJsonString() ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e["message"]!.GetValue<string>(), StringComparer.Ordinal)
            .ToList();
}
