using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>Filters and sorts run in SQL and combine as documented.</summary>
public sealed class FilterTests(SeededApi api) : IClassFixture<SeededApi>
{
    private async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await api.Factory.QueryAsync(query, variables);
        Assert.Null(response["errors"]);
        return response["data"]!;
    }

    private static List<string> Strings(JsonNode? nodes, string field) => nodes!.AsArray().Select(n => (string)n![field]!).ToList();

    [Fact]
    public async Task Or_combines_conditions_and_sort_descends()
    {
        var data = await DataAsync("""
            { jurisdictions(where: { or: [{ code: { eq: "MN" } }, { code: { eq: "IL" } }] }, order: [{ name: DESC }]) { nodes { code } } }
            """);

        Assert.Equal(["MN", "IL"], Strings(data["jurisdictions"]!["nodes"], "code"));
    }

    [Fact]
    public async Task Contains_is_case_insensitive_and_startsWith_anchors()
    {
        var data = await DataAsync("""
            {
              a: jurisdictions(where: { name: { contains: "CAROLINA" } }, order: [{ name: ASC }]) { nodes { code } }
              b: jurisdictions(where: { name: { startsWith: "new" }, kind: { eq: STATE } }, order: [{ name: ASC }]) { nodes { code } }
            }
            """);

        // Puerto Rico's Carolina Municipio is a county-equivalent since every county is recorded.
        Assert.Equal(["PR-carolina-municipio", "NC", "SC"], Strings(data["a"]!["nodes"], "code"));
        Assert.Equal(["NH", "NJ", "NM", "NY"], Strings(data["b"]!["nodes"], "code"));
    }

    [Fact]
    public async Task Parent_code_filter_lists_a_states_local_jurisdictions()
    {
        var data = await DataAsync("""
            { jurisdiction(code: "CA") { children(order: [{ code: ASC }]) { totalCount nodes { code parent { code } } } } }
            """);

        var children = data["jurisdiction"]!["children"]!;
        Assert.Contains("CA-los-angeles", Strings(children["nodes"], "code"));
        Assert.All(children["nodes"]!.AsArray(), n => Assert.Equal("CA", (string)n!["parent"]!["code"]!));
    }

    [Fact]
    public async Task Organizations_match_by_alias_and_by_signed_letter()
    {
        var data = await DataAsync("""
            {
              byAlias: organizations(where: { alias: { contains: "DERECHOS de los" } }) { nodes { slug } }
              signed: organizations(where: { signed: "morton-2011-07-20" }) { totalCount }
              all: organizations { totalCount }
            }
            """);

        Assert.Contains("mirac", Strings(data["byAlias"]!["nodes"], "slug"));
        Assert.Equal(209, (int)data["signed"]!["totalCount"]!);
        Assert.True((int)data["all"]!["totalCount"]! > 209);
    }

    [Fact]
    public async Task Signatures_filter_by_signatory_state_kind_and_position()
    {
        var data = await DataAsync("""
            {
              letter(slug: "morton-2011-07-20") {
                people: signatures(where: { signatoryKind: PERSON }) { totalCount nodes { signatory { __typename } } }
                window: signatures(where: { position: { gte: 10, lte: 12 } }) { nodes { position } }
                mn: signatures(where: { state: { eq: "MN" } }) { totalCount }
              }
            }
            """);

        var letter = data["letter"]!;
        Assert.Equal(4, (int)letter["people"]!["totalCount"]!);
        Assert.All(letter["people"]!["nodes"]!.AsArray(), n => Assert.Equal("Person", (string)n!["signatory"]!["__typename"]!));
        Assert.Equal([10, 11, 12], letter["window"]!["nodes"]!.AsArray().Select(n => (int)n!["position"]!).ToList());
        Assert.True((int)letter["mn"]!["totalCount"]! > 0);
    }

    [Fact]
    public async Task Status_events_filter_by_date_range()
    {
        var data = await DataAsync("""
            { statusEvents(where: { effectiveOn: { gte: "2011-06-01", lte: "2011-06-30" } }) { nodes { effectiveOn } } }
            """);

        Assert.All(data["statusEvents"]!["nodes"]!.AsArray(), n => Assert.StartsWith("2011-06-", (string)n!["effectiveOn"]!));
    }

    [Theory]
    [InlineData("{ isNull: true }", 216)]
    [InlineData("{ isNull: false }", 14)]
    [InlineData("{ neq: \"UAW Local 2325\" }", 229)]
    [InlineData("{ eq: \"UAW Local 2325\" }", 1)]
    [InlineData("{ isNull: false, neq: \"UAW Local 2325\" }", 13)]
    public async Task The_alias_filter_reads_the_aliases_as_a_list(string filter, int expected)
    {
        var response = await api.Factory.QueryAsync($"{{ organizations(where: {{ alias: {filter} }}) {{ totalCount }} }}");

        Assert.Equal(expected, (int)response["data"]!["organizations"]!["totalCount"]!);
    }

    [Fact]
    public async Task Organisations_sort_by_name_as_people_read_it()
    {
        var response = await api.Factory.QueryAsync("""{ organizations(order: [{ name: ASC }], first: 100) { nodes { name } } }""");

        var names = response["data"]!["organizations"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!).ToList();
        // Binary order puts every capital before any small letter ("ARISE" before "African").
        Assert.True(names.IndexOf("African Services Committee") < names.IndexOf("ARISE Chicago"), string.Join(" | ", names.Take(12)));
    }

    [Theory]
    [InlineData("ASC", new[] { "COUNTRY", "STATE", "DISTRICT", "TERRITORY", "COUNTY", "CITY" })]
    [InlineData("DESC", new[] { "CITY", "COUNTY", "TERRITORY", "DISTRICT", "STATE", "COUNTRY" })]
    public async Task Jurisdictions_sort_by_kind_in_the_order_of_the_enum(string direction, string[] expected)
    {
        // Every kind within one page: all but the counties (3,234), and Delaware's three.
        var response = await api.Factory.QueryAsync($"{{ jurisdictions(where: {{ or: [{{ kind: {{ neq: COUNTY }} }}, {{ parentCode: {{ eq: \"DE\" }} }}] }}, order: [{{ kind: {direction} }}], first: 100) {{ totalCount nodes {{ kind }} }} }}");
        Assert.True((int)response["data"]!["jurisdictions"]!["totalCount"]! <= 100);

        var kinds = response["data"]!["jurisdictions"]!["nodes"]!.AsArray().Select(n => (string)n!["kind"]!).Distinct();
        Assert.Equal(expected, kinds);
    }

    [Fact]
    public async Task A_malformed_date_is_a_validation_error()
    {
        var response = await api.Factory.QueryAsync("""{ statusEvents(where: { effectiveOn: { gte: "2011-13-01" } }) { totalCount } }""");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("YYYY-MM-DD", (string)response["errors"]![0]!["message"]!);
        // The bad literal itself is located, so a client can point at it.
        Assert.Equal(1, (int)response["errors"]![0]!["locations"]![0]!["line"]!);
        Assert.Equal(45, (int)response["errors"]![0]!["locations"]![0]!["column"]!);
    }

    [Fact]
    public async Task A_malformed_date_variable_is_bad_user_input()
    {
        var response = await api.Factory.QueryAsync("query ($on: Date) { statusEvents(where: { effectiveOn: { gte: $on } }) { totalCount } }", new { on = "2011-02-30" });

        Assert.Equal("BAD_USER_INPUT", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("\"2011-02-30\" is not", (string)response["errors"]![0]!["message"]!);
        Assert.Null(response["data"]);
    }
}
