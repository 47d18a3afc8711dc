using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tracker.Api.Auth;
using Tracker.Data;
using Tracker.Data.Entities;
using Tracker.Data.Versioning;
using Tracker.GraphQL.Diagnostics;

namespace Tracker.Api.Tests;

/// <summary>
/// The memo of compiled loads on the real server (issue 13, item 2): a query whose reads are all by key, by parent
/// or through links is answered a second time without a statement or a connection, and a committed write changes
/// the very next answer, whether it is a maintainer's mutation or a write from outside the server (another process
/// on SQLite, seen through its data_version; on PostgreSQL a plain UPDATE by hand, which sends no NOTIFY itself: the
/// table's trigger does, and it is heard as another instance's write is). Queries go with
/// <c>Cache-Control: no-cache</c>, so the response cache cannot be what answers.
/// </summary>
public abstract class LoadMemoServerTests : IAsyncLifetime
{
    /// <summary>A body by slug, its people and offices (actor links, a parent's children), an event's organisers.</summary>
    private const string Query = """
        {
          body(slug: "us-ice") { id version name people { name } children { name people { name } } citations { quote source { title } } }
          event(slug: "uncover-the-truth-campaign") { title organizers { ... on Organization { name } } }
        }
        """;

    private TrackerApiFactory _server = null!;
    private StatementCounter _counter = null!;
    private string _maintainer = "";

    protected abstract Dictionary<string, string?> Settings();

    protected abstract string ConnectionMarker(TrackerApiFactory server, Dictionary<string, string?> settings);

    /// <summary>Renames the body on a connection of its own, as another process or instance would.</summary>
    protected abstract Task RenameOutsideAsync(string connectionString, string slug, string name);

    public virtual async Task InitializeAsync()
    {
        var settings = Settings();
        // The server's own timed reads (the event outbox on SQLite) belong to no request: made rare, not counted.
        settings["Tracker:Events:OutboxPollInterval"] = "01:00:00";
        _server = new TrackerApiFactory(settings);
        _counter = new StatementCounter(ConnectionMarker(_server, settings));
        _server.CreateClient().Dispose();
        _maintainer = (await _server.Services.GetRequiredService<ApiKeys>().CreateAsync("memo", ApiKeyRole.Maintainer, default)).Secret;
        await ResponseCacheTests.VersionKnownAsync(_server);
    }

    public virtual Task DisposeAsync()
    {
        _counter.Dispose();
        _server.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_repeated_query_of_compiled_loads_reads_nothing_the_second_time_and_answers_the_same()
    {
        var first = await ExecutedAsync(Query);
        var firstStatements = _counter.Statements.Count;
        _counter.Statements.Clear();
        _counter.ResetConnectionOpens();

        var second = await ExecutedAsync(Query);

        Assert.True(firstStatements >= 4, $"{firstStatements} statements the first time");
        Assert.Empty(_counter.Statements);
        Assert.Equal(0, _counter.ConnectionOpens);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.NotEmpty(first["body"]!["people"]!.AsArray());
        Assert.NotEmpty(first["event"]!["organizers"]!.AsArray());
    }

    [Fact]
    public async Task A_dashboards_letter_counts_are_read_once_until_a_signature_changes_them()
    {
        // The letters' page and their counts are read the first time only.
        const string counts = "{ letters(first: 100) { nodes { slug signatureCount signatoriesByState { state count } } } }";
        var first = await ExecutedAsync(counts);
        Assert.Contains(_counter.Statements, s => s.Contains("LetterSignatoryCounts", StringComparison.Ordinal));
        _counter.Statements.Clear();

        var second = await ExecutedAsync(counts);

        Assert.Empty(_counter.Statements);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        var letter = first["letters"]!["nodes"]!.AsArray().First(l => (int)l!["signatureCount"]! > 0)!;
        Assert.Equal((int)letter["signatureCount"]!, letter["signatoriesByState"]!.AsArray().Sum(s => (int)s!["count"]!));

        using var client = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation ($letter: String!) { addSignatures(input: { letter: $letter, signatures: [{ printedName: \"Memo Test Group of Fargo\", state: \"ND\" }] }) { errors { message } } }",
                variables = new { letter = (string)letter["slug"]! },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _maintainer);
        using var response = await client.SendAsync(request);
        Assert.Empty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["addSignatures"]!["errors"]!.AsArray());
        var after = await ExecutedAsync(counts);

        var counted = after["letters"]!["nodes"]!.AsArray().Single(l => (string)l!["slug"]! == (string)letter["slug"]!)!;
        Assert.Equal((int)letter["signatureCount"]! + 1, (int)counted["signatureCount"]!);
        Assert.Equal(
            (letter["signatoriesByState"]!.AsArray().SingleOrDefault(s => (string?)s!["state"] == "ND")?["count"]?.GetValue<int>() ?? 0) + 1,
            counted["signatoriesByState"]!.AsArray().Single(s => (string?)s!["state"] == "ND")!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Kept_lists_of_every_kind_are_answered_the_second_time_without_a_DataLoader_batch()
    {
        // Counts per state (and the total drawn from them), addressees, linked organisers and targets, citations with
        // their sources by key: each a list per key read through the memo.
        const string lists = """
            { letters(first: 100) { nodes { slug signatureCount signatoriesByState { state count } addressees cc
                organizers { name } targets { code } citations { quote source { title } } } } }
            """;
        using var batches = new MetricCollector<int>(
            _server.Services.GetRequiredService<IMeterFactory>(), GraphQLTelemetry.Name, GraphQLTelemetry.DataLoaderBatchSizeMetric);
        var first = await ExecutedAsync(lists);
        var loadersFirst = batches.GetMeasurementSnapshot().Select(m => (string)m.Tags[GraphQLTelemetry.DataLoaderNameTag]!).ToHashSet();
        batches.Clear();

        var second = await ExecutedAsync(lists);

        // The first time every kind of list went through a batch; the second, none did.
        Assert.Superset(new HashSet<string> { "Letter.signatoryCounts", "Letter.addressees", "Letter.organizers", "Letter.targets", "citations:Letter" }, loadersFirst);
        Assert.Empty(batches.GetMeasurementSnapshot().Select(m => m.Tags[GraphQLTelemetry.DataLoaderNameTag]));
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Contains(first["letters"]!["nodes"]!.AsArray(), l => l!["signatoriesByState"]!.AsArray().Count > 1);
        Assert.Contains(first["letters"]!["nodes"]!.AsArray(), l => l!["citations"]!.AsArray().Count > 0 && l["organizers"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task Every_README_query_asked_a_second_time_batches_only_its_nested_pages_and_actors()
    {
        // What still goes through a DataLoader's batch when every row is kept (and reads nothing, the test above):
        // a nested connection's pages (kept per parent under their statement's key, written once per batch) and a
        // record's actors (kept per owner for the roles asked together, so no one key names their rows). Everything
        // else, by key, by parent, by link, citations, counts, is answered at once.
        using var batches = new MetricCollector<int>(
            _server.Services.GetRequiredService<IMeterFactory>(), GraphQLTelemetry.Name, GraphQLTelemetry.DataLoaderBatchSizeMetric);
        var nested = new[] { "Letter.signatures", "Jurisdiction.statistics" };
        var batched = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Paths.Queries, "*.graphql").Order(StringComparer.Ordinal))
        {
            var query = await File.ReadAllTextAsync(file);
            await ExecutedAsync(query);
            batches.Clear();

            await ExecutedAsync(query);

            batched.AddRange(batches.GetMeasurementSnapshot()
                .Select(m => (string)m.Tags[GraphQLTelemetry.DataLoaderNameTag]!)
                .Where(name => !name.StartsWith("actors:", StringComparison.Ordinal) && !nested.Contains(name))
                .Select(name => $"{Path.GetFileName(file)}: {name}"));
        }
        Assert.True(batched.Count == 0, string.Join("\n", batched));
    }

    [Fact]
    public async Task Every_README_query_is_answered_a_second_time_without_a_statement_and_the_same()
    {
        foreach (var file in Directory.EnumerateFiles(Paths.Queries, "*.graphql").Order(StringComparer.Ordinal))
        {
            var query = await File.ReadAllTextAsync(file);
            var first = await ExecutedAsync(query);
            _counter.Statements.Clear();
            _counter.ResetConnectionOpens();

            var second = await ExecutedAsync(query);

            Assert.True(_counter.Statements.IsEmpty, $"{Path.GetFileName(file)} read again: {string.Join("\n", _counter.Statements)}");
            Assert.Equal(0, _counter.ConnectionOpens);
            Assert.Equal(first.ToJsonString(), second.ToJsonString());
        }
    }

    [Fact]
    public async Task Pages_counts_and_searches_are_kept_per_argument_and_a_write_changes_them()
    {
        // A root page and its count, a letter's pages of signatures and their counts for two states (one statement
        // for both letters' pages), a search: each asked with two different values.
        const string Pages = """
            {
              renamed: bodies(where: { name: { startsWith: "Renamed" } }, first: 5) { totalCount nodes { slug name } }
              federal: bodies(where: { name: { startsWith: "U.S." } }, first: 5) { totalCount nodes { slug name } }
              letters(first: 100) { nodes { slug mn: signatures(where: { state: { eq: "MN" } }, first: 3) { totalCount nodes { printedName } } wi: signatures(where: { state: { eq: "WI" } }, first: 3) { totalCount nodes { printedName } } } }
              found: search(text: "Renamed", first: 5) { __typename ... on Body { slug } }
              ice: search(text: "Immigration", first: 5) { __typename ... on Body { slug } }
            }
            """;
        var first = await ExecutedAsync(Pages);
        var read = _counter.Statements.Count;
        _counter.Statements.Clear();
        var second = await ExecutedAsync(Pages);

        Assert.Empty(_counter.Statements);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(0, (int)first["renamed"]!["totalCount"]!);
        Assert.NotEqual(0, (int)first["federal"]!["totalCount"]!);
        Assert.Empty(first["found"]!.AsArray());
        Assert.NotEmpty(first["ice"]!.AsArray());
        var morton = first["letters"]!["nodes"]!.AsArray().Single(l => (string)l!["slug"]! == "morton-2011-07-20")!;
        Assert.NotEqual(morton["mn"]!.ToJsonString(), morton["wi"]!.ToJsonString());
        Assert.True(read >= 6, $"{read} statements the first time");

        var body = (await ExecutedAsync(Query))["body"]!;
        await RenameAsync((string)body["id"]!, (int)body["version"]!, "Renamed Through The API");
        _counter.Statements.Clear();
        var after = await ExecutedAsync(Pages);

        Assert.NotEmpty(_counter.Statements);
        Assert.Equal(1, (int)after["renamed"]!["totalCount"]!);
        Assert.Equal("us-ice", (string)after["renamed"]!["nodes"]![0]!["slug"]!);
        Assert.Equal((int)first["federal"]!["totalCount"]! - 1, (int)after["federal"]!["totalCount"]!);
        Assert.Equal("us-ice", (string)after["found"]!.AsArray().Single()!["slug"]!);
        Assert.Equal(first["letters"]!.ToJsonString(), after["letters"]!.ToJsonString());
    }

    [Fact]
    public async Task Each_mutation_of_a_document_answers_with_what_its_own_write_left()
    {
        // Mutations run one after another; the second and third payloads once repeated the first's count and page,
        // which the request's DataLoaders had kept.
        const string Payload = "letter { signatureCount signatures(first: 100, where: { printedName: { startsWith: \"Serial Test\" } }) { totalCount } }";
        var before = (await ExecutedAsync("{ letter(slug: \"morton-2011-07-20\") { signatureCount } }"))["letter"]!;
        using var client = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = $$"""
                    mutation {
                      a: addSignatures(input: { letter: "morton-2011-07-20", signatures: [{ printedName: "Serial Test One", state: "ND" }] }) { errors { message } {{Payload}} }
                      b: addSignatures(input: { letter: "morton-2011-07-20", signatures: [{ printedName: "Serial Test Two", state: "ND" }] }) { errors { message } {{Payload}} }
                      c: addSignatures(input: { letter: "morton-2011-07-20", signatures: [{ printedName: "Serial Test Three", state: "ND" }] }) { errors { message } {{Payload}} }
                    }
                    """,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _maintainer);
        using var response = await client.SendAsync(request);
        var data = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!;

        var count = (int)before["signatureCount"]!;
        foreach (var (alias, added) in new[] { ("a", 1), ("b", 2), ("c", 3) })
        {
            Assert.Empty(data[alias]!["errors"]!.AsArray());
            Assert.Equal(count + added, (int)data[alias]!["letter"]!["signatureCount"]!);
            Assert.Equal(added, (int)data[alias]!["letter"]!["signatures"]!["totalCount"]!);
        }
    }

    [Fact]
    public async Task A_mutation_changes_the_next_answer()
    {
        var before = await ExecutedAsync(Query);
        await ExecutedAsync(Query);

        var body = before["body"]!;
        using var client = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation ($input: UpdateBodyInput!) { updateBody(input: $input) { body { name } errors { message } } }",
                variables = new { input = new { id = (string)body["id"]!, version = (int)body["version"]!, name = "Renamed Through The API" } },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _maintainer);
        using var response = await client.SendAsync(request);
        var payload = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["updateBody"]!;
        var after = await ExecutedAsync(Query);

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("Renamed Through The API", (string)payload["body"]!["name"]!);
        Assert.NotEqual("Renamed Through The API", (string)body["name"]!);
        Assert.Equal("Renamed Through The API", (string)after["body"]!["name"]!);
        Assert.Equal((int)body["version"]! + 1, (int)after["body"]!["version"]!);
    }

    [Fact]
    public async Task A_write_from_outside_the_server_changes_the_next_answer()
    {
        await ExecutedAsync(Query);
        await ExecutedAsync(Query);
        var version = _server.Services.GetRequiredService<DataVersion>();
        var seen = version.Current();

        await using (var db = await _server.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync())
        {
            await RenameOutsideAsync(db.Database.GetConnectionString()!, "us-ice", "Renamed Outside");
        }
        await ResponseCacheTests.VersionMovedAsync(_server, seen);
        var after = await ExecutedAsync(Query);

        Assert.Equal("Renamed Outside", (string)after["body"]!["name"]!);
    }

    /// <summary>Renames a body through the API, as a maintainer.</summary>
    private async Task RenameAsync(string id, int version, string name)
    {
        using var client = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation ($input: UpdateBodyInput!) { updateBody(input: $input) { errors { message } } }",
                variables = new { input = new { id, version, name } },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _maintainer);
        using var response = await client.SendAsync(request);
        Assert.Empty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["updateBody"]!["errors"]!.AsArray());
    }

    /// <summary>One statement renaming one body, with <paramref name="notify"/> (PostgreSQL).</summary>
    protected static Task RenameAsync(DbConnection connection, string slug, string name, string? notify) =>
        OutsideWrite.RunAsync(connection, "UPDATE \"Bodies\" SET \"Name\" = @name WHERE \"Slug\" = @slug", [("name", name), ("slug", slug)], notify);

    private Task<JsonNode> ExecutedAsync(string query) => ExecutedQuery.DataAsync(_server, query);
}

public sealed class SqliteLoadMemoServerTests : LoadMemoServerTests
{
    protected override Dictionary<string, string?> Settings() => [];

    protected override string ConnectionMarker(TrackerApiFactory server, Dictionary<string, string?> settings) => server.DataFolder;

    protected override async Task RenameOutsideAsync(string connectionString, string slug, string name)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await RenameAsync(connection, slug, name, notify: null);
    }
}

public sealed class PostgresLoadMemoServerTests : LoadMemoServerTests
{
    private readonly PostgresDatabase _database = new();

    protected override Dictionary<string, string?> Settings() => _database.ServerSettings();

    protected override string ConnectionMarker(TrackerApiFactory server, Dictionary<string, string?> settings) =>
        "Database=" + new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Tracker"]).Database;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override async Task RenameOutsideAsync(string connectionString, string slug, string name)
    {
        // No NOTIFY of its own, as a fix made by hand in psql: the table's trigger sends it (DataVersionTriggers).
        await using var connection = new NpgsqlConnection(connectionString);
        await RenameAsync(connection, slug, name, notify: null);
    }
}
