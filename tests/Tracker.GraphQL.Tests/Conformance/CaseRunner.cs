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
/// Runs one fixture case through the engine and shapes the answer exactly as the generator shaped
/// graphql-js's (tests/conformance/generator/runner.mjs), so the two compare as JSON.
/// </summary>
internal static class CaseRunner
{
    /// <summary>What graphql-js answered and what the engine answers, ready for <see cref="JsonComparison"/>.</summary>
    public static async Task<(JsonNode Expected, JsonNode Actual)> RunAsync(string area, string id)
    {
        var testCase = Fixtures.Case(area, id);
        var expected = JsonNode.Parse(testCase.GetProperty("expected").GetRawText())!;
        var kind = testCase.GetProperty("kind").GetString();
        switch (kind)
        {
            case "parse":
                return (expected, Parse(testCase));
            case "validate":
                return (expected, Validate(testCase));
            case "schema":
                return (expected, Schema(testCase));
            case "execute":
            {
                var (actual, executed) = await ExecuteAsync(testCase);
                return (executed ? SortExecutionErrors(expected) : expected, actual);
            }
            case "subscribe":
            {
                var (actual, executed) = await SubscribeAsync(testCase);
                return (executed ? SortExecutionErrors(expected) : expected, actual);
            }
            case "executeIncrementally":
            {
                var (actual, executed) = await ExecuteIncrementallyAsync(testCase);
                if (!executed)
                {
                    return (expected, actual);
                }
                IncrementalDelivery.SortErrors(expected["result"]);
                IncrementalDelivery.SortErrors(expected["payloads"]);
                IncrementalDelivery.SortErrors(actual["result"]);
                IncrementalDelivery.SortErrors(actual["payloads"]);
                var asynchronous = testCase.TryGetProperty("rootValue", out var rootValue) && IncrementalDelivery.HasAsynchronousData(JsonNode.Parse(rootValue.GetRawText()));
                if (asynchronous && expected["payloads"] is JsonArray expectedPayloads && actual["payloads"] is JsonArray actualPayloads)
                {
                    return (IncrementalDelivery.Summary(expectedPayloads), IncrementalDelivery.Summary(actualPayloads));
                }
                return (expected, actual);
            }
            default:
                throw new InvalidDataException($"{area}/{id}: unknown case kind \"{kind}\".");
        }
    }

    private static JsonNode Parse(JsonElement testCase)
    {
        try
        {
            return new JsonObject { ["printed"] = Printer.Print(Parser.Parse(JsonText.String(testCase.GetProperty("document")))) };
        }
        catch (GraphQLError error)
        {
            return new JsonObject { ["error"] = ErrorJson(error) };
        }
    }

    private static JsonNode Validate(JsonElement testCase)
    {
        var schema = Fixtures.Schema(testCase.GetProperty("schema").GetString()!);
        var document = Parser.Parse(JsonText.String(testCase.GetProperty("document")));
        List<ValidationRule>? rules = null;
        if (testCase.TryGetProperty("rules", out var names))
        {
            rules = [];
            foreach (var name in names.EnumerateArray())
            {
                rules.Add(SpecifiedRules.ByName(name.GetString()!)
                    ?? throw new InvalidOperationException($"The engine has no validation rule named \"{name.GetString()}\"."));
            }
        }
        return new JsonObject { ["errors"] = ErrorsJson(DocumentValidator.Validate(schema, document, rules), sort: false) };
    }

    private static JsonNode Schema(JsonElement testCase)
    {
        try
        {
            var schema = SchemaBuilder.Build(Parser.Parse(JsonText.String(testCase.GetProperty("sdl"))));
            return new JsonObject
            {
                ["errors"] = ErrorsJson(SchemaValidator.Validate(schema), sort: false),
                ["printed"] = SchemaPrinter.PrintSchema(schema),
            };
        }
        catch (SchemaBuildException exception)
        {
            return new JsonObject { ["buildError"] = exception.Message };
        }
        catch (GraphQLError syntaxError)
        {
            return new JsonObject { ["buildError"] = syntaxError.Message };
        }
    }

    /// <returns>The result, and whether execution ran (so its errors compare as a multiset).</returns>
    private static async Task<(JsonNode Result, bool Executed)> ExecuteAsync(JsonElement testCase)
    {
        var (args, validationErrors) = Prepare(testCase);
        if (validationErrors.Count > 0)
        {
            return (new JsonObject { ["result"] = ResultJson(ExecutionResult.FromErrors(validationErrors), sortErrors: false) }, false);
        }
        var result = await Executor.ExecuteAsync(args);
        return (new JsonObject { ["result"] = ResultJson(result, sortErrors: true) }, true);
    }

    /// <summary>
    /// One result, or every payload: the initial result and each subsequent payload read in turn, as graphql-js's
    /// were, each written by the engine's JSON writer (so its key order is checked too).
    /// </summary>
    private static async Task<(JsonNode Result, bool Executed)> ExecuteIncrementallyAsync(JsonElement testCase)
    {
        var (args, validationErrors) = Prepare(testCase);
        if (validationErrors.Count > 0)
        {
            return (new JsonObject { ["result"] = ResultJson(ExecutionResult.FromErrors(validationErrors), sortErrors: false) }, false);
        }
        var result = await Executor.ExecuteIncrementallyAsync(args);
        if (result.SingleResult is { } single)
        {
            return (new JsonObject { ["result"] = ResultJson(single, sortErrors: true) }, true);
        }
        var payloads = new JsonArray { WithoutErrorExtensions(JsonNode.Parse(ExecutionResultJson.ToJson(result.InitialResult!))) };
        await foreach (var payload in result.SubsequentResults!)
        {
            payloads.Add(WithoutErrorExtensions(JsonNode.Parse(ExecutionResultJson.ToJson(payload))));
        }
        return (new JsonObject { ["payloads"] = payloads }, true);
    }

    /// <summary>The engine's errors carry <c>extensions.code</c>, which graphql-js's do not: not compared.</summary>
    private static JsonNode? WithoutErrorExtensions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                if (map["errors"] is JsonArray errors)
                {
                    foreach (var error in errors)
                    {
                        error!.AsObject().Remove("extensions");
                    }
                }
                foreach (var (_, value) in map)
                {
                    WithoutErrorExtensions(value);
                }
                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    WithoutErrorExtensions(item);
                }
                break;
        }
        return node;
    }

    private static async Task<(JsonNode Result, bool Executed)> SubscribeAsync(JsonElement testCase)
    {
        var (args, validationErrors) = Prepare(testCase);
        if (validationErrors.Count > 0)
        {
            return (new JsonObject { ["result"] = ResultJson(ExecutionResult.FromErrors(validationErrors), sortErrors: false) }, false);
        }
        var subscription = await Executor.SubscribeAsync(args);
        if (subscription.ErrorResult is { } errorResult)
        {
            return (new JsonObject { ["result"] = ResultJson(errorResult, sortErrors: true) }, true);
        }
        var events = new JsonArray();
        await foreach (var result in subscription.Stream!)
        {
            events.Add(ResultJson(result, sortErrors: true));
        }
        return (new JsonObject { ["events"] = events }, true);
    }

    /// <summary>The request a case describes, validated as graphql() validates before executing (unless the case skips it).</summary>
    private static (ExecutionArgs Args, IReadOnlyList<GraphQLError> ValidationErrors) Prepare(JsonElement testCase)
    {
        var schema = Fixtures.Schema(testCase.GetProperty("schema").GetString()!);
        var document = Parser.Parse(JsonText.String(testCase.GetProperty("document")));
        var args = new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            RootValue = testCase.TryGetProperty("rootValue", out var root) ? JsonText.Value(root) : new Dictionary<string, object?>(),
            VariableValues = testCase.TryGetProperty("variables", out var variables) ? (IReadOnlyDictionary<string, object?>?)JsonText.Value(variables) : null,
            OperationName = testCase.TryGetProperty("operationName", out var operationName) ? operationName.GetString() : null,
            DefaultFieldResolver = JsonRootResolvers.Field,
        };
        var skipValidation = testCase.TryGetProperty("skipValidation", out var skip) && skip.GetBoolean();
        return (args, skipValidation ? [] : DocumentValidator.Validate(schema, document));
    }

    private static JsonObject ErrorJson(GraphQLError error)
    {
        // graphql-js's shape: message, then locations and path when present; our extensions are not compared.
        var json = new JsonObject { ["message"] = error.Message };
        if (error.Locations is { Count: > 0 } locations)
        {
            var items = new JsonArray();
            foreach (var location in locations)
            {
                items.Add(new JsonObject { ["line"] = location.Line, ["column"] = location.Column });
            }
            json["locations"] = items;
        }
        if (error.Path is { } path)
        {
            var items = new JsonArray();
            foreach (var segment in path)
            {
                items.Add(segment is int index ? JsonValue.Create(index) : JsonValue.Create(segment.ToString()));
            }
            json["path"] = items;
        }
        return json;
    }

    private static JsonArray ErrorsJson(IReadOnlyList<GraphQLError> errors, bool sort)
    {
        var items = new List<JsonNode>(errors.Count);
        foreach (var error in errors)
        {
            items.Add(ErrorJson(error));
        }
        return new JsonArray((sort ? ErrorOrder.Sort(items) : items).ToArray());
    }

    /// <summary>Our response as graphql-js shapes it: errors (when any), then data (when present).</summary>
    private static JsonObject ResultJson(ExecutionResult result, bool sortErrors)
    {
        var json = new JsonObject();
        if (result.Errors is { } errors)
        {
            json["errors"] = ErrorsJson(errors, sortErrors);
        }
        if (result.HasData)
        {
            json["data"] = JsonNode.Parse(ExecutionResultJson.ToJson(ExecutionResult.FromData(result.Data)))!["data"]?.DeepClone();
        }
        return json;
    }

    /// <summary>Sorts the execution errors of an expected answer the way ours are sorted.</summary>
    private static JsonNode SortExecutionErrors(JsonNode expected)
    {
        if (expected["result"] is JsonObject result)
        {
            SortErrorsOf(result);
        }
        if (expected["events"] is JsonArray events)
        {
            foreach (var item in events)
            {
                SortErrorsOf(item!.AsObject());
            }
        }
        return expected;
    }

    private static void SortErrorsOf(JsonObject result)
    {
        if (result["errors"] is JsonArray errors)
        {
            var items = new List<JsonNode>(errors.Count);
            foreach (var error in errors)
            {
                items.Add(error!.DeepClone());
            }
            result["errors"] = new JsonArray(ErrorOrder.Sort(items).ToArray());
        }
    }
}
