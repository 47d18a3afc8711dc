using Npgsql;

namespace Tracker.Api.Tests;

/// <summary>
/// One letter's page of signatures is read with an ordered LIMIT, which the database serves from the (letter, sort
/// key) index and stops after a page, and a few letters' pages as their LIMITs united, not with the window a larger
/// batch uses: numbering every signature of a letter beyond the cursor took 2 seconds for page 1 of a letter with
/// 1,000,000 signatures on SQLite, a stranger found (issue 13, item 4). Each way reads the pages a parent's own
/// request does, and those are the pages a longer page holds, in every order.
/// </summary>
public abstract class SignaturePageStatementTests(ITestDatabase database) : IAsyncLifetime
{
    private TrackerApiFactory _server = null!;

    /// <summary>What tells this database's connections from the other tests' (<see cref="StatementCounter"/>).</summary>
    protected abstract string ConnectionMarker(Dictionary<string, string?> settings);

    public Task InitializeAsync()
    {
        // The loads' memo keeps nothing, so that every page asked is read by a statement.
        _server = new TrackerApiFactory(new Dictionary<string, string?>(database.ServerSettings()) { ["Tracker:LoadMemo:MaxBytes"] = "0" });
        _server.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _server.Dispose();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData(", order: [{ position: DESC }]")]
    [InlineData(", order: [{ printedName: ASC }]")]
    public async Task A_letters_page_after_a_cursor_is_read_with_a_limit_and_holds_what_a_longer_page_does(string order)
    {
        var first = await PageAsync($"first: 3{order}");
        using var counter = new StatementCounter(ConnectionMarker(database.ServerSettings()));
        var second = await PageAsync($"first: 3, after: \"{(string)first["pageInfo"]!["endCursor"]!}\"{order}");
        var statements = counter.Statements.ToList();
        var both = await PageAsync($"first: 6{order}");

        Assert.Equal(Names(both), Names(first).Concat(Names(second)));
        var pages = statements.Where(s => s.Contains("\"Signatures\"", StringComparison.Ordinal) && s.Contains("LIMIT", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.DoesNotContain(statements, s => s.Contains("ROW_NUMBER", StringComparison.OrdinalIgnoreCase));
        // The letter by equality: as a list of one, SQLite sorted all of a letter's signatures again for a small page.
        Assert.DoesNotContain(pages, s => s.Contains("json_each", StringComparison.Ordinal) || s.Contains("ANY (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData(", order: [{ position: DESC }]")]
    [InlineData(", order: [{ printedName: ASC }]")]
    public async Task A_few_letters_pages_are_read_as_united_limits_and_hold_what_each_letters_own_page_does(string order)
    {
        using var counter = new StatementCounter(ConnectionMarker(database.ServerSettings()));
        var letters = (await ExecutedQuery.DataAsync(_server, $$"""{ letters(first: 10) { nodes { slug signatures(first: 3{{order}}) { nodes { printedName } } } } }"""))["letters"]!["nodes"]!.AsArray();
        var statements = counter.Statements.ToList();

        Assert.True(letters.Count(l => l!["signatures"]!["nodes"]!.AsArray().Count > 0) >= 2, "fewer than two of the letters have signatures");
        foreach (var letter in letters)
        {
            var alone = await ExecutedQuery.DataAsync(_server, $$"""{ letter(slug: "{{(string)letter!["slug"]!}}") { signatures(first: 3{{order}}) { nodes { printedName } } } }""");
            Assert.Equal(Names(alone["letter"]!["signatures"]!), Names(letter["signatures"]!));
        }
        Assert.Contains(statements, s => s.Contains("\"Signatures\"", StringComparison.Ordinal) && s.Contains("UNION ALL", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("ROW_NUMBER", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Many_parents_pages_are_read_through_the_window_and_hold_what_each_parents_own_page_does()
    {
        // More parents than are united (the states, each with its counties): the window reads them.
        using var counter = new StatementCounter(ConnectionMarker(database.ServerSettings()));
        var states = (await ExecutedQuery.DataAsync(_server, """{ jurisdictions(first: 40, where: { kind: { eq: STATE } }) { nodes { code children(first: 3) { nodes { code } } } } }"""))["jurisdictions"]!["nodes"]!.AsArray();
        var statements = counter.Statements.ToList();

        Assert.True(states.Count > 16, $"only {states.Count} states: the window is not reached");
        Assert.Contains(statements, s => s.Contains("ROW_NUMBER", StringComparison.OrdinalIgnoreCase));
        foreach (var state in states)
        {
            var alone = await ExecutedQuery.DataAsync(_server, $$"""{ jurisdiction(code: "{{(string)state!["code"]!}}") { children(first: 3) { nodes { code } } } }""");
            Assert.Equal(Codes(alone["jurisdiction"]!["children"]!), Codes(state["children"]!));
        }
    }

    private static List<string> Codes(System.Text.Json.Nodes.JsonNode page) =>
        page["nodes"]!.AsArray().Select(n => (string)n!["code"]!).ToList();

    private async Task<System.Text.Json.Nodes.JsonNode> PageAsync(string arguments) =>
        (await ExecutedQuery.DataAsync(_server, $$"""{ letter(slug: "morton-2011-07-20") { signatures({{arguments}}) { nodes { printedName } pageInfo { endCursor } } } }"""))["letter"]!["signatures"]!;

    private static List<string> Names(System.Text.Json.Nodes.JsonNode page) =>
        page["nodes"]!.AsArray().Select(n => (string)n!["printedName"]!).ToList();
}

public sealed class SqliteSignaturePageStatementTests() : SignaturePageStatementTests(new SqliteDatabase())
{
    protected override string ConnectionMarker(Dictionary<string, string?> settings) => settings["Tracker:DataFolder"]!;
}

public sealed class PostgresSignaturePageStatementTests() : SignaturePageStatementTests(new PostgresDatabase())
{
    protected override string ConnectionMarker(Dictionary<string, string?> settings) =>
        "Database=" + new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Tracker"]).Database;
}
