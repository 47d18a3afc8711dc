using System.Collections.Concurrent;
using System.Text.Json;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// The conformance fixtures generated from graphql-js (tests/conformance), copied next to the test assembly.
/// Node is not needed to run them.
/// </summary>
internal static class Fixtures
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Conformance", "fixtures");
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, JsonElement>> Areas = new();
    private static readonly ConcurrentDictionary<string, GraphQLSchema> Schemas = new();

    public static IReadOnlyDictionary<string, JsonElement> Area(string area) =>
        Areas.GetOrAdd(area, name =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json")));
            return document.RootElement.GetProperty("cases").EnumerateArray()
                .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.Clone());
        });

    public static TheoryData<string> Ids(string area)
    {
        var data = new TheoryData<string>();
        foreach (var id in Area(area).Keys)
        {
            data.Add(id);
        }
        return data;
    }

    public static JsonElement Case(string area, string id) => Area(area)[id];

    public static GraphQLSchema Schema(string name) =>
        Schemas.GetOrAdd(name, n => SchemaBuilder.Build(Parser.Parse(new Source(File.ReadAllText(Path.Combine(Directory, "schemas", n + ".graphql")), n))));
}
