using System.Text.Json;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// The conformance fixtures generated from graphql-js (tests/conformance), copied next to the test assembly,
/// and the committed list of excluded cases. Node is not needed to run them.
/// </summary>
internal static class Fixtures
{
    /// <summary>The areas, one fixture file each (tests/conformance/fixtures/&lt;area&gt;.json).</summary>
    public static readonly IReadOnlyList<string> AreaNames = ["parse", "validation", "coercion", "execution", "subscription", "incremental", "schema", "introspection"];

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Conformance");

    // Loaded once, never changed afterwards: every theory case reads the same immutable snapshot.
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>>> AllAreas = new(LoadAreas);

    private static readonly Lazy<IReadOnlyList<Exclusion>> AllExclusions = new(LoadExclusions);

    private static readonly Lazy<IReadOnlyDictionary<string, Lazy<GraphQLSchema>>> AllSchemas = new(LoadSchemas);

    public static IReadOnlyDictionary<string, JsonElement> Area(string area) =>
        AllAreas.Value.TryGetValue(area, out var cases) ? cases : throw new ArgumentException($"No fixture area \"{area}\".", nameof(area));

    public static IReadOnlyList<Exclusion> Exclusions => AllExclusions.Value;

    /// <summary>The ids of an area's cases that run as ordinary conformance tests: every case not excluded.</summary>
    public static TheoryData<string> Ids(string area)
    {
        var data = new TheoryData<string>();
        foreach (var id in Area(area).Keys)
        {
            if (!IsExcluded(area, id))
            {
                data.Add(id);
            }
        }
        return data;
    }

    public static bool IsExcluded(string area, string id)
    {
        foreach (var exclusion in Exclusions)
        {
            if (exclusion.Area == area && exclusion.Id == id)
            {
                return true;
            }
        }
        return false;
    }

    public static JsonElement Case(string area, string id) =>
        Area(area).TryGetValue(id, out var testCase) ? testCase : throw new ArgumentException($"No case \"{id}\" in area \"{area}\".", nameof(id));

    public static GraphQLSchema Schema(string name) =>
        AllSchemas.Value.TryGetValue(name, out var schema) ? schema.Value : throw new ArgumentException($"No fixture schema \"{name}\".", nameof(name));

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>> LoadAreas()
    {
        var areas = new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var area in AreaNames)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "fixtures", area + ".json")));
            var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var testCase in document.RootElement.GetProperty("cases").EnumerateArray())
            {
                var id = testCase.GetProperty("id").GetString()!;
                if (!cases.TryAdd(id, testCase.Clone()))
                {
                    throw new InvalidDataException($"Duplicate case id \"{id}\" in {area}.json.");
                }
            }
            areas.Add(area, cases);
        }
        return areas;
    }

    private static IReadOnlyList<Exclusion> LoadExclusions()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "exclusions.json")));
        var exclusions = new List<Exclusion>();
        foreach (var entry in document.RootElement.GetProperty("exclusions").EnumerateArray())
        {
            exclusions.Add(new Exclusion(
                entry.GetProperty("area").GetString()!,
                entry.GetProperty("id").GetString()!,
                entry.GetProperty("reason").GetString()!));
        }
        return exclusions;
    }

    private static IReadOnlyDictionary<string, Lazy<GraphQLSchema>> LoadSchemas()
    {
        var schemas = new Dictionary<string, Lazy<GraphQLSchema>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "fixtures", "schemas"), "*.graphql"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            schemas.Add(name, new Lazy<GraphQLSchema>(() => SchemaBuilder.Build(Parser.Parse(new Source(File.ReadAllText(file), name)))));
        }
        return schemas;
    }
}

/// <summary>A case the engine is known to answer differently, with the specification's reason.</summary>
internal sealed record Exclusion(string Area, string Id, string Reason);
