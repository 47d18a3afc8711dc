namespace Tracker.Api.Tests;

/// <summary>Legislation's links (issue 11): sponsors, actors, supporters and opponents as actors; a stage's actor, bounds and vote.</summary>
public sealed class LegislationActorQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task A_bill_names_its_sponsor_and_opponents_and_each_stage_who_acted_and_the_vote()
    {
        var response = await api.Factory.QueryAsync("""
            { legislation(slug: "mn-sf-1143") {
                sponsors { __typename ... on Person { slug } } actors { __typename } supporters { __typename }
                opponents { __typename ... on Organization { slug } }
                stages { actorName earliestOn latestOn actor { __typename ... on Person { slug } ... on Body { slug } } vote { yes no abstain text } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var bill = response["data"]!["legislation"]!;
        Assert.Equal(("Person", "julianne-ortman"), ((string)bill["sponsors"]![0]!["__typename"]!, (string)bill["sponsors"]![0]!["slug"]!));
        Assert.Empty(bill["actors"]!.AsArray());
        Assert.Empty(bill["supporters"]!.AsArray());
        Assert.Equal(["mirac", "no-more-deportations-campaign"], bill["opponents"]!.AsArray().Select(o => (string)o!["slug"]!));
        var senate = bill["stages"]!.AsArray().Single(s => (string?)s!["actorName"] == "Senate lawmakers")!;
        Assert.Equal(("Body", "mn-senate"), ((string)senate["actor"]!["__typename"]!, (string)senate["actor"]!["slug"]!));
        Assert.Equal((null, 0, null, "unanimously"), ((int?)senate["vote"]!["yes"], (int?)senate["vote"]!["no"], (int?)senate["vote"]!["abstain"], (string?)senate["vote"]!["text"]));
        var ortman = bill["stages"]!.AsArray().Single(s => (string?)s!["actorName"] == "Senator Ortman")!;
        Assert.Equal("julianne-ortman", (string)ortman["actor"]!["slug"]!);
        Assert.Null(ortman["vote"]);
    }

    [Fact]
    public async Task A_councils_decision_names_the_council_as_actor_with_its_tally()
    {
        var response = await api.Factory.QueryAsync("""
            { legislation(slug: "la-council-vote-opt-out") { actors { ... on Body { slug kind } } stages { vote { yes no text } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var decision = response["data"]!["legislation"]!;
        Assert.Equal(("la-city-council", "COUNCIL"), ((string)decision["actors"]![0]!["slug"]!, (string)decision["actors"]![0]!["kind"]!));
        var vote = Assert.Single(decision["stages"]!.AsArray())!["vote"]!;
        Assert.Equal((11, 1, "11-1"), ((int)vote["yes"]!, (int)vote["no"]!, (string)vote["text"]!));
    }
}
