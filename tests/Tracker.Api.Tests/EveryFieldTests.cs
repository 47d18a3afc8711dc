namespace Tracker.Api.Tests;

/// <summary>
/// Every field of every read type resolves on the seeded data without an error (SQL a provider cannot run, a
/// binding that only fails at run time, would show here), checked on SQLite and on PostgreSQL.
/// </summary>
public sealed class EveryFieldTests(SeededApi api) : IClassFixture<SeededApi>
{
    public const string Query = """
        fragment Cite on Citation { quote source { id version slug file title publisher url publishedOn notes } }
        fragment Page on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        fragment Sig on Signature { id version position printedName signedOn withdrawnOn letter { slug } signatory { __typename id slug name state } }
        {
          jurisdiction(code: "MN") {
            id version code kind name postalCode fips status parent { code }
            children(first: 2) { totalCount pageInfo { ...Page } edges { cursor node { code parent { code } } } }
            currentStatusEvent { id }
            statusEvents(last: 2) { totalCount nodes { id version slug status effectiveOn datePrecision dateQualifier actor description retracted retractionReason
              jurisdiction { code } legislation { slug } citations { ...Cite } } }
            legislation { id version slug identifier title kind stance summary jurisdiction { code }
              stages { stage date datePrecision dateQualifier description citations { ...Cite } } citations { ...Cite } }
            citations { ...Cite }
          }
          organization(slug: "mirac") {
            id version slug name acronym kind city state website aliases notes parent { slug } citations { ...Cite }
            signatures(first: 5) { totalCount nodes { ...Sig } }
          }
          people(first: 5) { nodes { id version slug name title affiliation city state notes organization { slug } citations { ...Cite } signatures { totalCount nodes { ...Sig } } } }
          letters(first: 12) { totalCount nodes {
            id version slug title kind writtenOn deliveredOn addressees cc body reportedSignatureCount signatureCountNote signatureCount notes
            organizers { slug } targets { code } citations { ...Cite }
            signatoriesByState { state count jurisdiction { code } }
            signatures(first: 3, order: [{ printedName: DESC }]) { pageInfo { ...Page } edges { cursor node { ...Sig } } }
          } }
          events(first: 20) { totalCount nodes {
            id version slug kind title description startsOn datePrecision dateQualifier earliestOn latestOn startTime endsOn endTime timeZone
            placeName address jurisdiction { code } targets { code } announcedOn notes citations { ...Cite }
          } }
          sources(first: 30) { totalCount nodes { id slug title } }
          statusEvents(first: 20, order: [{ status: ASC }]) { nodes { slug } }
          statusSummary(where: { kind: { eq: STATE } }) { total byStatus { status count } byKind { kind status count } byState { state { code } status count } }
          statusTimeline { from to events { slug } points { date counts { status count } } }
        }
        """;

    [Fact]
    public async Task Every_field_resolves()
    {
        var response = await api.Factory.QueryAsync(Query);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        // Twelve letters were seeded before issue 11; five of them were campaigns, which are events now.
        Assert.Equal(7, (int)response["data"]!["letters"]!["totalCount"]!);
        Assert.Equal(14, (int)response["data"]!["events"]!["totalCount"]!);
    }
}
