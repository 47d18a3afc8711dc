namespace Tracker.Api.Tests;

/// <summary>attachSource cites sources, with their passages, on the record's new kinds as on the older ones.</summary>
public sealed class AttachSourceToRecordTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    [Theory]
    [InlineData("events", "felipe-matos-walk-2010")]
    [InlineData("bodies", "fbi")]
    [InlineData("deportationCases", "ched-nin")]
    [InlineData("statements", "fbi-mandatory-recommendation-2009")]
    [InlineData("statistics", null)]
    public async Task A_source_is_cited_with_its_passage_once(string field, string? slug)
    {
        var where = slug is null ? "" : $"where: {{ slug: {{ eq: \"{slug}\" }} }}, ";
        var read = await api.SendAsync(null, $"{{ {field}({where}first: 1) {{ nodes {{ id }} }} }}");
        var id = (string)read["data"]![field]!["nodes"]![0]!["id"]!;
        var quote = $"the passage on {field}";

        var attached = await api.MutateAsync("attachSource", "citation { quote source { slug } }", new { source = "tag-page-opt-out", to = id, quote });
        var again = await api.RefusedAsync("attachSource", "citation { quote }", new { source = "tag-page-opt-out", to = id, quote });
        var cited = await api.SendAsync(null, "query ($id: ID!) { node(id: $id) { ... on Event { citations { quote } } ... on Body { citations { quote } } ... on DeportationCase { citations { quote } } ... on Statement { citations { quote } } ... on Statistic { citations { quote } } } }", new { id });

        Assert.Equal(quote, (string)attached["citation"]!["quote"]!);
        Assert.Equal("input.source", RecordInputs.Field(again[0]!));
        Assert.Contains(cited["data"]!["node"]!["citations"]!.AsArray(), c => (string?)c!["quote"] == quote);
        var audit = await api.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEntries, a => a.Mutation == "attachSource" && a.Input.Contains(quote)));
        Assert.Equal(1, audit);
    }
}
