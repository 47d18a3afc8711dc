namespace Tracker.Api.Tests;

/// <summary>
/// The same server against a real PostgreSQL (its own migrations, seeded at start) answers every README query
/// exactly as on SQLite. The server comes from TRACKER_TEST_POSTGRES, which README's test command sets up;
/// each run uses a database of its own and drops it afterwards.
/// </summary>
public sealed class PostgresParityTests(SeededApi sqlite) : IClassFixture<SeededApi>, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private TrackerApiFactory? _postgres;

    public Task InitializeAsync()
    {
        _postgres = new TrackerApiFactory(_database.ServerSettings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _postgres?.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Every_readme_query_answers_the_same_on_both_databases()
    {
        foreach (var file in Directory.EnumerateFiles(Paths.Queries, "*.graphql").Order(StringComparer.Ordinal))
        {
            var query = await File.ReadAllTextAsync(file);

            var onSqlite = await sqlite.Factory.QueryAsync(query);
            var onPostgres = await _postgres!.QueryAsync(query);

            Assert.Null(onPostgres["errors"]);
            if (Path.GetFileNameWithoutExtension(file) == "search")
            {
                // FTS5's BM25 and PostgreSQL's ts_rank score differently: the same records must be found, in any order.
                Assert.Equal(Sorted(onSqlite["data"]!["search"]!), Sorted(onPostgres["data"]!["search"]!));
                continue;
            }
            Assert.Equal(TrackerApiFactory.Pretty(onSqlite), TrackerApiFactory.Pretty(onPostgres));
        }

        static List<string> Sorted(System.Text.Json.Nodes.JsonNode results) =>
            results.AsArray().Select(r => r!.ToJsonString()).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Every_field_answers_the_same_on_both_databases()
    {
        var variables = await EveryFieldTests.ExampleVariablesAsync(sqlite.Factory);
        // The public documents: those needing a key are answered by EveryFieldTests with one.
        foreach (var document in EveryFieldQueries.Walk(EveryFieldTests.Schema).Documents.Where(d => d.Needs is null))
        {
            var onSqlite = await sqlite.Factory.QueryAsync(document.Text, variables);
            var onPostgres = await _postgres!.QueryAsync(document.Text, variables);

            Assert.True(onPostgres["errors"] is null, $"{document.RootField}: {onPostgres["errors"]?.ToJsonString()}");
            if (document.RootField == "search")
            {
                // Each database ranks by its own full-text scoring: the same records, in any order.
                Assert.Equal(onSqlite["data"]!["search"]!.AsArray().Select(r => r!.ToJsonString()).Order(StringComparer.Ordinal),
                    onPostgres["data"]!["search"]!.AsArray().Select(r => r!.ToJsonString()).Order(StringComparer.Ordinal));
                continue;
            }
            Assert.Equal(TrackerApiFactory.Pretty(onSqlite), TrackerApiFactory.Pretty(onPostgres));
        }
    }

    [Theory]
    [InlineData("""{ organizations(where: { name: { contains: "immigrant" } }, order: [{ name: DESC }], first: 30) { totalCount nodes { slug aliases } } }""")]
    [InlineData("""{ letters(last: 4) { edges { cursor node { slug writtenOn } } pageInfo { hasPreviousPage } } }""")]
    [InlineData("""{ jurisdictions(where: { parentCode: { eq: "CA" } }) { totalCount nodes { code status } } }""")]
    [InlineData("""{ a: search(text: "Comite") { ... on Organization { slug } } b: search(text: "COMITÉ") { ... on Organization { slug } } c: search(text: "migracion") { ... on Organization { slug } } }""")]
    public async Task Filters_sorts_and_pages_answer_the_same_on_both_databases(string query)
    {
        var onSqlite = await sqlite.Factory.QueryAsync(query);
        var onPostgres = await _postgres!.QueryAsync(query);

        Assert.Null(onSqlite["errors"]);
        Assert.Equal(TrackerApiFactory.Pretty(onSqlite), TrackerApiFactory.Pretty(onPostgres));
    }

    /// <summary>The second page of a letter's signatures, each database given its own first page's cursor.</summary>
    [Fact]
    public async Task A_page_after_a_cursor_answers_the_same_on_both_databases()
    {
        const string Page = """
            query ($after: String) { letter(slug: "morton-2011-07-20") { signatures(first: 100, after: $after) { nodes { position printedName } pageInfo { endCursor } } } }
            """;
        var pages = new List<string>();
        foreach (var factory in new[] { sqlite.Factory, _postgres! })
        {
            var first = await factory.QueryAsync(Page);
            var cursor = (string)first["data"]!["letter"]!["signatures"]!["pageInfo"]!["endCursor"]!;
            var second = await factory.QueryAsync(Page, new { after = cursor });
            Assert.Null(second["errors"]);
            Assert.True((int)second["data"]!["letter"]!["signatures"]!["nodes"]![0]!["position"]! > (int)first["data"]!["letter"]!["signatures"]!["nodes"]![99]!["position"]!);
            pages.Add(TrackerApiFactory.Pretty(second));
        }

        Assert.Equal(pages[0], pages[1]);
    }

    [Theory]
    [InlineData("""{ letter(slug: "\u0000") { title } }""")]
    [InlineData("""{ jurisdiction(fips: "2\u00007") { name } }""")]
    [InlineData("""{ organizations(where: { name: { contains: "a\u0000" } }) { totalCount } }""")]
    [InlineData("""{ search(text: "Minnesota\u0000") { __typename } }""")]
    public async Task A_nul_character_which_postgresql_cannot_hold_is_bad_user_input_on_both(string query)
    {
        var onSqlite = await sqlite.Factory.QueryAsync(query);
        var onPostgres = await _postgres!.QueryAsync(query);

        Assert.Equal("BAD_USER_INPUT", (string)onPostgres["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(TrackerApiFactory.Pretty(onSqlite), TrackerApiFactory.Pretty(onPostgres));
    }

    [Theory]
    [InlineData("Comite", "mirac")]
    [InlineData("COMITÉ", "mirac")]
    [InlineData("migracion", "nlg-national-immigration-project")]
    public async Task Search_ignores_accents_on_both(string text, string slug)
    {
        var query = $$"""{ search(text: "{{text}}") { ... on Organization { slug } } }""";

        foreach (var factory in new[] { sqlite.Factory, _postgres! })
        {
            var response = await factory.QueryAsync(query);
            Assert.Contains(slug, response["data"]!["search"]!.AsArray().Select(n => (string?)n!["slug"]));
        }
    }

    /// <summary>Each download unfiltered and with every filter it takes.</summary>
    private static readonly Dictionary<string, string[]> CsvQueries = new()
    {
        ["events.csv"] = ["?kind=MEETING,LEGAL_CLINIC&state=MN&from=2011-06-01&to=2011-12-31", "?asOf=2011-12-31", "?asOf=2011-12-30&state=US"],
        ["statistics.csv"] = ["?unit=PERCENT&state=US&from=2008-01-01&to=2008-12-31", "?state=MA"],
        ["statements.csv"] = ["?kind=ACTION,QUOTE&state=IL&from=2011-01-01&to=2012-12-31"],
        ["deportation-cases.csv"] = ["?petition=cambodian-deportation-petitions-2016&state=MN"],
        ["bodies.csv"] = ["?kind=DEPARTMENT,AGENCY&state=US"],
    };

    /// <summary>The record's CSV downloads, filtered as the dashboard filters them: the same bytes (filters, asOf and order are SQL on both).</summary>
    [Fact]
    public async Task Every_record_download_is_the_same_on_both_databases()
    {
        using var onSqlite = sqlite.Factory.CreateClient();
        using var onPostgres = _postgres!.CreateClient();
        var compared = 0;
        foreach (var download in Csv.RecordCsvDownloads.All)
        {
            foreach (var query in CsvQueries[download.FileName].Prepend(""))
            {
                var path = $"/csv/{download.FileName}{query}";
                using var sqliteResponse = await onSqlite.GetAsync(path);
                using var postgresResponse = await onPostgres.GetAsync(path);
                var expected = await sqliteResponse.Content.ReadAsStringAsync();

                Assert.True(sqliteResponse.IsSuccessStatusCode, $"{path}: {expected}");
                Assert.True(CsvRows.Parse(expected).Count > 0, path);
                Assert.Equal(expected, await postgresResponse.Content.ReadAsStringAsync());
                compared++;
            }
        }
        Assert.True(compared == 13, $"only {compared} downloads compared");
    }
}
