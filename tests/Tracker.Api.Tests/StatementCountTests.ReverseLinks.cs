namespace Tracker.Api.Tests;

/// <summary>The reverse links and event actors (issue 11) read a whole page of owners in a fixed number of statements.</summary>
public sealed partial class StatementCountTests
{
    [Fact]
    public async Task Every_bodys_parts_officials_and_statements_take_one_statement_each_whatever_the_number_of_bodies()
    {
        await StartAsync();
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync("""
            { bodies(first: 100) { nodes { slug children { slug } people { slug } statements { slug } } } }
            """);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var bodies = response["data"]!["bodies"]!["nodes"]!.AsArray();
        Assert.Equal(28, bodies.Count);
        Assert.Equal(6, bodies.Single(b => (string)b!["slug"]! == "dhs")!["children"]!.AsArray().Count);
        // The page; then per field the links of all 28 bodies with the records they name.
        Assert.True(_counter.Statements.Count == 4, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }

    [Fact]
    public async Task Letters_links_and_events_actors_are_batched_across_the_page()
    {
        await StartAsync();
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync("""
            { letters(first: 100) { nodes { cases { slug } statements { slug } } }
              events(first: 100) { nodes { organizers { __typename } sponsors { __typename } } } }
            """);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.Equal(14, response["data"]!["events"]!["nodes"]!.AsArray().Count);
        // Two pages; cases and statements (each with its links); organisers and sponsors together (the links of
        // both roles with the organisations and bodies they name).
        Assert.True(_counter.Statements.Count == 5, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }

    [Fact]
    public async Task Events_letters_and_legislation_and_peoples_bodies_are_batched_across_the_page()
    {
        await StartAsync();
        _counter.Statements.Clear();

        var response = await _factory.QueryAsync("""
            { events(first: 100) { nodes { letters { slug } legislation { slug } } }
              people(first: 100) { nodes { body { slug } } } }
            """);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        var events = response["data"]!["events"]!["nodes"]!.AsArray();
        Assert.Equal(14, events.Count);
        Assert.Equal(2, events.Count(e => e!["letters"]!.AsArray().Count > 0));
        Assert.Equal(17, response["data"]!["people"]!["nodes"]!.AsArray().Count(p => p!["body"] is not null));
        // Two pages; the events' letters and legislation (each with its links); the people's bodies in one batch.
        Assert.True(_counter.Statements.Count == 5, $"{_counter.Statements.Count} statements:\n{string.Join("\n---\n", _counter.Statements)}");
    }
}
