using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// The example queries of README (kept in docs/queries, which README quotes verbatim and bench/ times) run
/// against the seeded database; their answers are snapshots, so any change to what journalists read is a
/// reviewed diff.
/// </summary>
public sealed class ReadmeQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Paths.Queries, "*.graphql").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Example_query_answers_as_its_snapshot(string name)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(Paths.Queries, name + ".graphql"));

        var response = await api.Factory.QueryAsync(query);

        Assert.Null(response["errors"]);
        Snapshots.Match("query-" + name, TrackerApiFactory.Pretty(response));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Readme_quotes_the_example_query(string name)
    {
        var query = (await File.ReadAllTextAsync(Path.Combine(Paths.Queries, name + ".graphql"))).ReplaceLineEndings("\n").Trim();
        var readme = (await File.ReadAllTextAsync(Paths.Readme)).ReplaceLineEndings("\n");

        Assert.Contains(query, readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusing_states_include_the_ones_the_documents_name()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(Paths.Queries, "states-that-refused.graphql"));

        var response = await api.Factory.QueryAsync(query);

        var codes = response["data"]!["jurisdictions"]!["nodes"]!.AsArray().Select(n => (string)n!["code"]!).ToList();
        Assert.Subset(new HashSet<string>(codes), new HashSet<string> { "DC", "IL", "MA", "MN", "NY", "PA", "WA" });
        Assert.All(response["data"]!["jurisdictions"]!["nodes"]!.AsArray(), n => Assert.NotEmpty(n!["currentStatusEvent"]!["citations"]!.AsArray()));
    }
}

/// <summary>Where the repository's files are, found from the test assembly's location.</summary>
internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Queries => Path.Combine(Root, "docs", "queries");

    public static string Readme => Path.Combine(Root, "README.md");

    public static string Schema => Path.Combine(Root, "schema");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tracker.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Tracker.sln not found above " + AppContext.BaseDirectory);
    }
}
