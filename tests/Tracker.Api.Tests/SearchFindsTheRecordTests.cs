namespace Tracker.Api.Tests;

/// <summary>
/// <c>search</c> finds what a reader might type (issue 11 item 10): a name printed only in a cc list, a person facing
/// deportation, a place, a statement's words. Run on both databases (<see cref="SqliteSearchFindsTheRecordTests"/>,
/// <see cref="PostgresSearchFindsTheRecordTests"/>), whose engines tokenise and rank differently.
/// </summary>
public abstract class SearchFindsTheRecordTests(Func<TrackerApiFactory> factory)
{
    private const string Query = """
        query ($text: String!) {
          search(text: $text, first: 50) {
            __typename
            ... on Letter { slug } ... on Person { slug } ... on Organization { slug } ... on Event { slug }
            ... on Body { slug } ... on DeportationCase { slug } ... on Statement { slug } ... on Statistic { slug }
          }
        }
        """;

    /// <summary>What a reader types, and the record (type:slug) it must find.</summary>
    public static TheoryData<string, string> Texts { get; } = new()
    {
        { "Schlanger", "Letter:morton-2011-07-20" },
        { "Schlanger", "Person:margo-schlanger" },
        { "Chuck Wexler", "Letter:morton-2011-07-20" },
        { "Police Executive Research Forum", "Letter:morton-2011-07-20" },
        { "Ched Nin", "DeportationCase:ched-nin" },
        { "Sameth Nhean", "DeportationCase:sameth-nhean" },
        { "Walker Church", "Event:legal-clinic-2011-08-27" },
        { "mislead the public", "Statement:foia-ruling-2011-07-quote" },
        { "contrary to the stated purpose of the MOA", "Statement:quinn-letter-to-ice" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task The_text_finds_its_record(string text, string record)
    {
        var response = await factory().QueryAsync(Query, new { text });

        Assert.True(response["errors"] is null, response.ToJsonString());
        var found = response["data"]!["search"]!.AsArray().Select(r => $"{r!["__typename"]}:{r["slug"]}").ToList();
        Assert.Contains(record, found);
    }
}
