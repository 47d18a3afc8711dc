namespace Tracker.Api.Tests;

/// <summary><c>statement(slug:)</c>, <c>statistic(slug:)</c> and <c>deportationCase(slug:)</c> (issue 11): the record, or null.</summary>
public sealed class RecordLookupTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Each_lookup_finds_its_record_by_slug()
    {
        var response = await api.Factory.QueryAsync("""
            { statement(slug: "quinn-letter-to-ice") { __typename slug kind speakers { ... on Person { slug } } }
              statistic(slug: "miami-dade-noncriminal-over-50") { __typename slug low valueText jurisdiction { code } }
              deportationCase(slug: "ched-nin") { __typename name petitions { slug } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        Assert.Equal(("Statement", "quinn-letter-to-ice", "pat-quinn"), ((string)data["statement"]!["__typename"]!, (string)data["statement"]!["slug"]!, (string)data["statement"]!["speakers"]![0]!["slug"]!));
        Assert.Equal(("Statistic", 50.0, "FL-miami-dade-county"), ((string)data["statistic"]!["__typename"]!, (double)data["statistic"]!["low"]!, (string)data["statistic"]!["jurisdiction"]!["code"]!));
        Assert.Equal(("DeportationCase", "Ched Nin"), ((string)data["deportationCase"]!["__typename"]!, (string)data["deportationCase"]!["name"]!));
        Assert.Equal("cambodian-deportation-petitions-2016", (string)data["deportationCase"]!["petitions"]![0]!["slug"]!);
    }

    [Fact]
    public async Task Unknown_slugs_answer_null_without_an_error()
    {
        var response = await api.Factory.QueryAsync("""
            { statement(slug: "no-such-statement") { slug } statistic(slug: "") { slug } deportationCase(slug: "CHED-NIN") { slug } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Equal(3, response["data"]!.AsObject().Count);
        Assert.All(response["data"]!.AsObject(), field => Assert.Null(field.Value));
    }
}
