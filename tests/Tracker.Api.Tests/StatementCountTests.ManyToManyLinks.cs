namespace Tracker.Api.Tests;

/// <summary>
/// The many-to-many links (a case's petitions, an event's or letter's targets) read their records with the link, and
/// citations their sources.
/// </summary>
public sealed partial class StatementCountTests
{
    [Fact]
    public async Task Cases_petitions_events_and_letters_targets_letters_organisers_and_statements_places_take_one_statement_each()
    {
        await StartAsync();
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync("""
            { deportationCases(first: 100) { nodes { petitions { slug } } }
              events(first: 100) { nodes { targets { code } } }
              letters(first: 100) { nodes { organizers { slug } targets { code } } }
              statements(first: 100) { nodes { jurisdictions { code } } } }
            """);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var data = response["data"]!;
        Assert.Contains(data["deportationCases"]!["nodes"]!.AsArray(), c => c!["petitions"]!.AsArray().Count > 0);
        Assert.Contains(data["events"]!["nodes"]!.AsArray(), e => e!["targets"]!.AsArray().Count > 0);
        Assert.Contains(data["letters"]!["nodes"]!.AsArray(), l => l!["organizers"]!.AsArray().Count > 0);
        Assert.Contains(data["letters"]!["nodes"]!.AsArray(), l => l!["targets"]!.AsArray().Count > 0);
        Assert.Contains(data["statements"]!["nodes"]!.AsArray(), s => s!["jurisdictions"]!.AsArray().Count > 0);
        // Four pages, then one statement per link field for all the page's owners: their links with the records.
        Assert.True(_counter.Statements.Count == 9, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }

    [Fact]
    public async Task Citations_and_their_sources_take_one_statement_per_kind_of_record()
    {
        await StartAsync();
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync("""
            { events(first: 100) { nodes { citations { quote source { title } } } }
              statements(first: 100) { nodes { citations { source { slug title } } } } }
            """);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var sources = response["data"]!["statements"]!["nodes"]!.AsArray().SelectMany(s => s!["citations"]!.AsArray()).Select(c => c!["source"]!).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.False(string.IsNullOrEmpty((string?)s["title"])));
        // Two pages, then each kind's citations with the sources they name.
        Assert.True(_counter.Statements.Count == 4, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }
}
