namespace Tracker.Api.Tests;

/// <summary>An event's organisers, sponsors, participants and addressees (issue 11), as actors in printed order.</summary>
public sealed class EventActorTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Actors = "__typename ... on Organization { slug } ... on Person { slug } ... on Body { slug }";

    [Fact]
    public async Task Each_role_lists_its_actors_in_printed_order_and_no_others()
    {
        var response = await api.Factory.QueryAsync($$"""
            { clinic: event(slug: "legal-clinic-2011-08-27") { organizers { {{Actors}} } sponsors { {{Actors}} } }
              uncover: event(slug: "uncover-the-truth-campaign") { organizers { {{Actors}} } addressedTo { {{Actors}} } participants { {{Actors}} } }
              callIn: event(slug: "call-in-day-2011-06-03") { addressedTo { {{Actors}} } }
              hearings: event(slug: "massachusetts-hearings") { participants { {{Actors}} } sponsors { {{Actors}} } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        IEnumerable<string> Read(string alias, string role) => data[alias]![role]!.AsArray().Select(a => $"{a!["__typename"]}:{a["slug"]}");
        Assert.Empty(Read("clinic", "organizers"));
        Assert.Equal(["Organization:mirac", "Organization:nlg-national-immigration-project"], Read("clinic", "sponsors"));
        Assert.Equal(["Organization:ndlon", "Organization:center-for-constitutional-rights", "Organization:cardozo-school-of-law"], Read("uncover", "organizers"));
        Assert.Equal(["Body:us-ice"], Read("uncover", "addressedTo"));
        Assert.Empty(Read("uncover", "participants"));
        Assert.Equal(["Person:gov-dayton"], Read("callIn", "addressedTo"));
        Assert.Equal(["Organization:mira-massachusetts", "Organization:centro-presente"], Read("hearings", "participants"));
        Assert.Empty(Read("hearings", "sponsors"));
    }
}
