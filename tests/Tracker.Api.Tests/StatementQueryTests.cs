namespace Tracker.Api.Tests;

/// <summary>Statements in the API (issue 11 item 5): speakers and addressees as actors, dates, what they concern; filters, node and search.</summary>
public sealed class StatementQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task A_statement_reads_with_its_speakers_addressees_date_jurisdictions_letter_and_citations()
    {
        var response = await api.Factory.QueryAsync("""
            { statements(where: { slug: { eq: "fbi-mandatory-recommendation-2009" } }) { nodes {
                __typename id kind action speakerName text language date datePrecision dateQualifier
                speakers { __typename ... on Body { slug } } addressedTo { __typename ... on Body { slug } }
                jurisdictions { code } letter { slug } legislation { slug } event { slug } citations { quote source { slug } } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var fbi = Assert.Single(response["data"]!["statements"]!["nodes"]!.AsArray())!;
        Assert.Equal(("Statement", "ACTION", "RECOMMENDATION", "the FBI", "en"),
            ((string)fbi["__typename"]!, (string)fbi["kind"]!, (string)fbi["action"]!, (string)fbi["speakerName"]!, (string)fbi["language"]!));
        Assert.Equal(("2009-06-01", "MONTH", "ON_OR_BEFORE"), ((string)fbi["date"]!, (string)fbi["datePrecision"]!, (string)fbi["dateQualifier"]!));
        Assert.Equal(("Body", "fbi"), ((string)fbi["speakers"]![0]!["__typename"]!, (string)fbi["speakers"]![0]!["slug"]!));
        Assert.Equal(("Body", "us-ice"), ((string)fbi["addressedTo"]![0]!["__typename"]!, (string)fbi["addressedTo"]![0]!["slug"]!));
        Assert.Equal(["US"], fbi["jurisdictions"]!.AsArray().Select(j => (string)j!["code"]!));
        Assert.Equal("morton-2011-07-20", (string)fbi["letter"]!["slug"]!);
        Assert.Null(fbi["legislation"]);
        Assert.NotEmpty(fbi["citations"]!.AsArray());
        var node = await api.Factory.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Statement { slug } } }", new { id = (string)fbi["id"]! });
        Assert.Equal("fbi-mandatory-recommendation-2009", (string)node["data"]!["node"]!["slug"]!);
    }

    [Fact]
    public async Task Statements_about_a_state_name_people_and_organisations_as_speakers_newest_first()
    {
        var response = await api.Factory.QueryAsync("""
            { statements(where: { jurisdiction: "IL" }, first: 50) { totalCount nodes { slug date speakers { __typename ... on Person { slug } ... on Organization { slug } } } }
              quotes: statements(where: { kind: { eq: QUOTE } }) { totalCount } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var nodes = response["data"]!["statements"]!["nodes"]!.AsArray();
        var quinn = nodes.Single(n => (string)n!["slug"]! == "quinn-letter-to-ice")!;
        Assert.Equal(("Person", "pat-quinn"), ((string)quinn["speakers"]![0]!["__typename"]!, (string)quinn["speakers"]![0]!["slug"]!));
        var icirr = nodes.Single(n => (string)n!["slug"]! == "icirr-illinois-dream-act")!;
        Assert.Equal(("Organization", "icirr"), ((string)icirr["speakers"]![0]!["__typename"]!, (string)icirr["speakers"]![0]!["slug"]!));
        var dates = nodes.Select(n => (string?)n!["date"]).Where(d => d is not null).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Equal(20, (int)response["data"]!["quotes"]!["totalCount"]!);
    }
}
