using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Benchmarks;

/// <summary>
/// A dashboard-sized request (bench/workloads/dashboard-query.graphql: eleven root fields, fragments, variables,
/// nested lists) over the Star Wars schema with its characters in memory, so execution does real work
/// and the cached/uncached comparison measures what the document cache saves in a realistic request.
/// </summary>
internal static class DashboardWorkload
{
    public static string Query { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workloads", "dashboard-query.graphql"));

    public static GraphQLSchema Schema { get; } = Build();

    private static GraphQLSchema Build()
    {
        var schema = SchemaBuilder.Build(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workloads", "introspection-schema.graphql")));
        var characters = Characters();
        var root = (ObjectType)schema.QueryType!;
        root.Fields["hero"].Resolver = context => new((string?)context.GetArgument("episode") == "EMPIRE" ? characters["1000"] : characters["2001"]);
        root.Fields["human"].Resolver = context => new(characters.GetValueOrDefault((string)context.GetArgument("id")!) is { } c && (string)c["__typename"]! == "Human" ? c : null);
        root.Fields["droid"].Resolver = context => new(characters.GetValueOrDefault((string)context.GetArgument("id")!) is { } c && (string)c["__typename"]! == "Droid" ? c : null);
        root.Fields["character"].Resolver = context =>
        {
            var by = (IReadOnlyDictionary<string, object?>)context.GetArgument("by")!;
            return new(by.TryGetValue("id", out var id) && id is string key
                ? characters.GetValueOrDefault(key)
                : characters.Values.FirstOrDefault(c => (string)c["name"]! == (string?)by.GetValueOrDefault("name")));
        };
        root.Fields["releaseDate"].Resolver = _ => new("1977-05-25");
        var date = (ScalarType)schema.GetType("Date")!;
        date.CoerceOutputValue = value => value;
        return schema;
    }

    /// <summary>The five classic characters, each friends with the others, as dictionaries the default resolver reads.</summary>
    internal static Dictionary<string, Dictionary<string, object?>> Characters()
    {
        Dictionary<string, object?> Human(string id, string name, string planet) =>
            new() { ["__typename"] = "Human", ["id"] = id, ["name"] = name, ["homePlanet"] = planet, ["appearsIn"] = new[] { "NEWHOPE", "EMPIRE", "JEDI" } };
        Dictionary<string, object?> Droid(string id, string name, string function) =>
            new() { ["__typename"] = "Droid", ["id"] = id, ["name"] = name, ["primaryFunction"] = function, ["appearsIn"] = new[] { "NEWHOPE", "EMPIRE", "JEDI" } };
        var all = new[]
        {
            Human("1000", "Luke Skywalker", "Tatooine"), Human("1002", "Han Solo", "Corellia"), Human("1003", "Leia", "Alderaan"),
            Droid("2000", "C-3PO", "Protocol"), Droid("2001", "R2-D2", "Astromech"),
        };
        foreach (var character in all)
        {
            character["friends"] = all.Where(other => other != character).ToArray();
        }
        return all.ToDictionary(c => (string)c["id"]!);
    }
}
