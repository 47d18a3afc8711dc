namespace Tracker.Api.Tests;

/// <summary>Public bodies in the API (issue 11 item 2): lookups, their parents and aliases, filters, node and search.</summary>
public sealed class BodyQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task A_body_reads_with_its_kind_jurisdiction_parent_aliases_and_citations()
    {
        var response = await api.Factory.QueryAsync("""
            { body(slug: "us-ice") { __typename id slug name acronym kind jurisdiction { code } parent { slug kind } aliases citations { quote source { slug } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var body = response["data"]!["body"]!;
        Assert.Equal(("Body", "U.S. Immigration and Customs Enforcement", "ICE", "AGENCY", "US"),
            ((string)body["__typename"]!, (string)body["name"]!, (string)body["acronym"]!, (string)body["kind"]!, (string)body["jurisdiction"]!["code"]!));
        Assert.Equal(("dhs", "DEPARTMENT"), ((string)body["parent"]!["slug"]!, (string)body["parent"]!["kind"]!));
        Assert.Equal(["Immigration and Customs Enforcement", "Immigration Control and Enforcement"], body["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(3, body["citations"]!.AsArray().Count);
    }

    [Fact]
    public async Task Bodies_filter_by_jurisdiction_and_kind_and_sort_by_name()
    {
        var response = await api.Factory.QueryAsync("""
            { bodies(where: { jurisdiction: "MN" }) { totalCount nodes { slug name } }
              caucuses: bodies(where: { kind: { eq: CAUCUS } }, order: [{ name: DESC }]) { nodes { slug } }
              none: body(slug: "no-such-body") { slug } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var minnesota = response["data"]!["bodies"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToList();
        Assert.Equal(["mn-conference-committee-data-practices", "mn-senate", "mn-legislature"], minnesota);
        Assert.Equal(3, (int)response["data"]!["bodies"]!["totalCount"]!);
        Assert.Equal(["progressive-caucus", "congressional-hispanic-caucus"], response["data"]!["caucuses"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
        Assert.Null(response["data"]!["none"]);
    }

    [Fact]
    public async Task A_bodys_id_finds_it_through_node_and_search_finds_it_by_alias()
    {
        var found = await api.Factory.QueryAsync("""{ body(slug: "la-city-council") { id } search(text: "LA City Council") { __typename ... on Body { slug } } }""");
        Assert.True(found["errors"] is null, found.ToJsonString());
        var id = (string)found["data"]!["body"]!["id"]!;

        var node = await api.Factory.QueryAsync("query ($id: ID!) { node(id: $id) { __typename ... on Body { slug } } }", new { id });

        Assert.True(node["errors"] is null, node.ToJsonString());
        Assert.Equal("la-city-council", (string)node["data"]!["node"]!["slug"]!);
        Assert.Contains(found["data"]!["search"]!.AsArray(), r => (string)r!["__typename"]! == "Body" && (string)r["slug"]! == "la-city-council");
    }
}
