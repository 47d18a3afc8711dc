using System.Text.Json.Nodes;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Introspection;

/// <summary>Reads the graphql-js outputs under Introspection/Samples and runs queries through the engine.</summary>
internal static class IntrospectionSamples
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Introspection", "Samples", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    public static JsonNode ReadJson(string name) => JsonNode.Parse(Read(name))!;

    /// <summary>The response the engine gives, as JSON.</summary>
    public static async Task<JsonNode> ExecuteAsync(string sdl, string query)
    {
        var schema = SchemaBuilder.Build(sdl);
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse(query) });
        return JsonNode.Parse(ExecutionResultJson.ToJson(result))!;
    }

    /// <summary>Asserts JSON equality, keys in order, showing both documents on failure.</summary>
    public static void AssertSameJson(JsonNode expected, JsonNode actual)
    {
        var expectedText = expected.ToJsonString();
        var actualText = actual.ToJsonString();
        Assert.Equal(expectedText, actualText);
    }
}
