using Npgsql;

namespace Tracker.Api.Tests;

/// <summary>
/// One letter's page of signatures is read with an ordered LIMIT, which the database serves from the (letter, sort
/// key) index and stops after a page, not with the window the batches of several letters use: numbering every
/// signature of the letter beyond the cursor took 2 seconds for page 1 of a letter with 1,000,000 signatures on
/// SQLite, a stranger found (issue 13, item 4). The pages read so are the pages a longer page holds, in every order.
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
    }

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
