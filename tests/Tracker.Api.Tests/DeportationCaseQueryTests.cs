namespace Tracker.Api.Tests;

/// <summary>People facing deportation in the API (issue 11 item 3): their petitions, filters by name and petition, node and search.</summary>
public sealed class DeportationCaseQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task The_people_named_in_a_petition_read_with_their_community_and_the_petition()
    {
        var response = await api.Factory.QueryAsync("""
            { deportationCases(where: { petition: "cambodian-deportation-petitions-2016" }) {
                totalCount nodes { __typename name community situation petitions { slug kind } citations { quote } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var nodes = response["data"]!["deportationCases"]!["nodes"]!.AsArray();
        Assert.Equal(7, (int)response["data"]!["deportationCases"]!["totalCount"]!);
        // By name as people read it, the default order.
        Assert.Equal(["Chamroeun Phan", "Chan Om", "Ched Nin", "Phoeuy Chuon", "Posy Chheng", "Ron An", "Sameth Nhean"], nodes.Select(n => (string)n!["name"]!));
        Assert.All(nodes, n =>
        {
            Assert.Equal(("DeportationCase", "Cambodian"), ((string)n!["__typename"]!, (string)n["community"]!));
            Assert.Equal(("cambodian-deportation-petitions-2016", "PETITION"), ((string)n["petitions"]![0]!["slug"]!, (string)n["petitions"]![0]!["kind"]!));
            Assert.NotEmpty(n["citations"]!.AsArray());
        });
    }

    [Fact]
    public async Task A_case_is_found_by_part_of_the_name_by_search_and_by_its_id()
    {
        var response = await api.Factory.QueryAsync("""
            { deportationCases(where: { name: { contains: "nin" } }) { nodes { id slug } }
              search(text: "Ched Nin") { __typename ... on DeportationCase { slug } } }
            """);
        Assert.True(response["errors"] is null, response.ToJsonString());
        var ched = Assert.Single(response["data"]!["deportationCases"]!["nodes"]!.AsArray())!;
        Assert.Equal("ched-nin", (string)ched["slug"]!);

        var node = await api.Factory.QueryAsync("query ($id: ID!) { node(id: $id) { ... on DeportationCase { slug } } }", new { id = (string)ched["id"]! });

        Assert.Equal("ched-nin", (string)node["data"]!["node"]!["slug"]!);
        Assert.Contains(response["data"]!["search"]!.AsArray(), r => (string)r!["__typename"]! == "DeportationCase" && (string)r["slug"]! == "ched-nin");
    }
}
