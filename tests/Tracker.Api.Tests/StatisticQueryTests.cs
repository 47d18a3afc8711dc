namespace Tracker.Api.Tests;

/// <summary>Statistics in the API (issue 11 item 4): value or bound, unit, place, who states it, the passage; filters, node and search.</summary>
public sealed class StatisticQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task A_places_statistics_read_with_their_bound_passage_statement_letter_and_citations()
    {
        var response = await api.Factory.QueryAsync("""
            { statistics(where: { jurisdiction: "FL-miami-dade-county" }) { totalCount nodes {
                __typename slug value low high approximate valueText unit counts jurisdiction { code } attributedTo { __typename } attributedToName
                statement { slug } letter { slug } passage citations { quote source { slug } } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var miami = Assert.Single(response["data"]!["statistics"]!["nodes"]!.AsArray())!;
        Assert.Equal(("miami-dade-noncriminal-over-50", "over 50%", "PERCENT", "FL-miami-dade-county"),
            ((string)miami["slug"]!, (string)miami["valueText"]!, (string)miami["unit"]!, (string)miami["jurisdiction"]!["code"]!));
        Assert.Null(miami["value"]);
        Assert.Equal(50d, (double)miami["low"]!);
        Assert.Equal(("restoring-community-miami-dade", "restoring-community-report"), ((string)miami["statement"]!["slug"]!, (string)miami["letter"]!["slug"]!));
        Assert.StartsWith("Miami-Dade County in Florida shows noncriminal deportation rates of over 50%", (string)miami["passage"]!);
        Assert.Equal((string)miami["passage"]!, (string)miami["citations"]![0]!["quote"]!);
    }

    [Fact]
    public async Task A_statistic_names_who_states_it_as_actors()
    {
        var response = await api.Factory.QueryAsync("""
            { statistics(where: { slug: { eq: "orloff-battered-women-reporting" } }) { nodes { id value attributedTo { __typename ... on Person { slug } } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var orloff = Assert.Single(response["data"]!["statistics"]!["nodes"]!.AsArray())!;
        Assert.Equal(18.8d, (double)orloff["value"]!);
        var actor = Assert.Single(orloff["attributedTo"]!.AsArray())!;
        Assert.Equal(("Person", "leslye-orloff"), ((string)actor["__typename"]!, (string)actor["slug"]!));
        var node = await api.Factory.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Statistic { slug } } }", new { id = (string)orloff["id"]! });
        Assert.Equal("orloff-battered-women-reporting", (string)node["data"]!["node"]!["slug"]!);
    }

    [Fact]
    public async Task Statistics_filter_by_unit_sort_by_value_and_are_found_by_what_they_count()
    {
        var response = await api.Factory.QueryAsync("""
            { statistics(where: { unit: { eq: PERCENT }, jurisdiction: "MA-boston" }, order: [{ value: DESC }]) { nodes { slug value } }
              search(text: "battered") { __typename ... on Statistic { slug } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Equal(["boston-no-criminal-conviction-54", "boston-serious-crime-one-in-four"], response["data"]!["statistics"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
        Assert.Contains(response["data"]!["search"]!.AsArray(), r => (string)r!["__typename"]! == "Statistic" && (string)r["slug"]! == "orloff-battered-women-reporting");
    }
}
