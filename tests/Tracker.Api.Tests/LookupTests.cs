namespace Tracker.Api.Tests;

/// <summary>Lookups by slug, code, FIPS and global id; the union of search; the aggregates.</summary>
public sealed class LookupTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Jurisdiction_by_code_and_by_fips_agree()
    {
        var response = await api.Factory.QueryAsync("""{ a: jurisdiction(code: "MN") { id name fips } b: jurisdiction(fips: "27") { id } none: jurisdiction(code: "ZZ") { id } }""");

        Assert.Null(response["errors"]);
        Assert.Equal("Minnesota", (string)response["data"]!["a"]!["name"]!);
        Assert.Equal((string)response["data"]!["a"]!["id"]!, (string)response["data"]!["b"]!["id"]!);
        Assert.Null(response["data"]!["none"]);
    }

    [Fact]
    public async Task Jurisdiction_with_both_or_neither_key_is_an_error()
    {
        var response = await api.Factory.QueryAsync("""{ jurisdiction(code: "MN", fips: "27") { id } }""");

        Assert.Equal("BAD_USER_INPUT", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("Give exactly one of \"code\" and \"fips\".", (string)response["errors"]![0]!["message"]!);
    }

    [Theory]
    [InlineData("""{ letter(slug: "morton-2011-07-20") { id } }""", "letter", "Letter")]
    [InlineData("""{ jurisdiction(code: "IL") { id } }""", "jurisdiction", "Jurisdiction")]
    [InlineData("""{ organization(slug: "mirac") { id } }""", "organization", "Organization")]
    [InlineData("""{ legislation(slug: "mn-sf-958") { id } }""", "legislation", "Legislation")]
    public async Task Node_fetches_what_an_id_names(string lookup, string field, string typeName)
    {
        var first = await api.Factory.QueryAsync(lookup);
        var id = (string)first["data"]![field]!["id"]!;

        var response = await api.Factory.QueryAsync("query ($id: ID!) { node(id: $id) { __typename id } nodes(ids: [$id, \"bm9wZTox\"]) { id } }", new { id });

        Assert.Null(response["errors"]);
        Assert.Equal(typeName, (string)response["data"]!["node"]!["__typename"]!);
        Assert.Equal(id, (string)response["data"]!["node"]!["id"]!);
        Assert.Equal(id, (string)response["data"]!["nodes"]![0]!["id"]!);
        Assert.Null(response["data"]!["nodes"]![1]);
    }

    [Theory]
    [InlineData("garbage!")]
    [InlineData("T3JnYW5pemF0aW9uOjk5OTk5OQ")]
    [InlineData("T3JnYW5pemF0aW9uOjE=")] // "Organization:1" padded: not the id the server hands out
    [InlineData("T3JnYW5pemF0aW9uOjAx")] // "Organization:01"
    public async Task Unknown_ids_find_nothing(string id)
    {
        var response = await api.Factory.QueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Null(response["errors"]);
        Assert.Null(response["data"]!["node"]);
    }

    [Fact]
    public async Task Search_with_first_null_gives_the_default_page()
    {
        var explicitNull = await api.Factory.QueryAsync("""{ search(text: "minnesota", first: null) { __typename } }""");
        var omitted = await api.Factory.QueryAsync("""{ search(text: "minnesota") { __typename } }""");

        Assert.NotEmpty(explicitNull["data"]!["search"]!.AsArray());
        Assert.Equal(omitted.ToJsonString(), explicitNull.ToJsonString());
    }

    [Fact]
    public async Task Search_returns_typed_results_by_prefix()
    {
        var response = await api.Factory.QueryAsync("""{ search(text: "minn", first: 20) { __typename ... on Jurisdiction { code } ... on Organization { slug } } }""");

        Assert.Null(response["errors"]);
        var results = response["data"]!["search"]!.AsArray();
        Assert.Contains(results, r => (string?)r!["code"] == "MN");
        Assert.Contains(results, r => (string)r!["__typename"]! == "Organization");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b)")]
    [InlineData("*")]
    [InlineData("   ")]
    [InlineData("-minnesota OR")]
    public async Task Search_survives_any_text(string text)
    {
        var response = await api.Factory.QueryAsync("query ($text: String!) { search(text: $text) { __typename } }", new { text });

        Assert.Null(response["errors"]);
        Assert.NotNull(response["data"]!["search"]);
    }

    [Fact]
    public async Task Status_summary_counts_every_jurisdiction_once()
    {
        var response = await api.Factory.QueryAsync("{ statusSummary { total byStatus { status count } byKind { count } } jurisdictions { totalCount } }");

        var summary = response["data"]!["statusSummary"]!;
        var total = (int)summary["total"]!;
        Assert.Equal((int)response["data"]!["jurisdictions"]!["totalCount"]!, total);
        Assert.Equal(total, summary["byStatus"]!.AsArray().Sum(n => (int)n!["count"]!));
        Assert.Equal(total, summary["byKind"]!.AsArray().Sum(n => (int)n!["count"]!));
    }

    [Fact]
    public async Task Timeline_rejects_a_period_that_ends_before_it_starts()
    {
        var response = await api.Factory.QueryAsync("""{ statusTimeline(from: "2012-01-01", to: "2011-01-01") { from } }""");

        Assert.Equal("BAD_USER_INPUT", (string)response["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_letter_lists_its_addressees_cc_organizers_targets_and_citations()
    {
        var response = await api.Factory.QueryAsync("""
            {
              dayton: letter(slug: "mirac-dayton-2011-05-20") { addressees organizers { slug } targets { code } citations { source { slug } } }
              morton: letter(slug: "morton-2011-07-20") { addressees cc }
            }
            """);

        Assert.Null(response["errors"]);
        var dayton = response["data"]!["dayton"]!;
        Assert.Equal(["Governor Dayton"], dayton["addressees"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(["mirac", "no-more-deportations-campaign"], dayton["organizers"]!.AsArray().Select(o => (string)o!["slug"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["MN"], dayton["targets"]!.AsArray().Select(t => (string)t!["code"]!));
        Assert.Contains(dayton["citations"]!.AsArray(), c => (string)c!["source"]!["slug"]! == "mirac-blog");
        Assert.Equal(13, response["data"]!["morton"]!["cc"]!.AsArray().Count);
        Assert.StartsWith("Chuck Wexler", (string)response["data"]!["morton"]!["cc"]![0]!);
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        using var client = api.Factory.CreateClient();

        var body = await client.GetStringAsync("/healthz");

        Assert.Contains("\"status\":\"Healthy\"", body);
    }
}
