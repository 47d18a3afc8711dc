namespace Tracker.Api.Tests;

/// <summary>The events filter's <c>state</c> and <c>startedBy</c>, which the dashboard's events view sends.</summary>
public sealed class EventFilterTests(SeededApi api) : IClassFixture<SeededApi>
{
    private async Task<List<string>> SlugsAsync(string where)
    {
        var response = await api.Factory.QueryAsync($"{{ events(where: {where}, first: 100) {{ nodes {{ slug }} }} }}");
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!["events"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToList();
    }

    [Fact]
    public async Task A_state_finds_the_events_in_it_and_in_its_counties_and_cities()
    {
        var minnesota = await SlugsAsync("{ state: \"MN\" }");
        var virginia = await SlugsAsync("{ state: \"VA\" }");

        // The clinic is placed in Minneapolis (MN-minneapolis), the special session in the state itself.
        Assert.Contains("legal-clinic-2011-08-27", minnesota);
        Assert.Contains("mn-special-session-2011", minnesota);
        Assert.DoesNotContain("arlington-task-force-hearing", minnesota);
        Assert.Equal(["arlington-task-force-hearing"], virginia);
    }

    [Theory]
    [InlineData("2011-06-03", new[] { "felipe-matos-walk-2010", "call-in-day-2011-06-03" }, new[] { "campaign-meeting-2011-06-04", "national-day-of-action-restoring-community" })]
    [InlineData("2011-12-31", new[] { "campaign-meeting-2011-12-17", "national-day-of-action-restoring-community" }, new[] { "protest-2012-03-31", "arlington-task-force-hearing" })]
    public async Task Started_by_a_day_lists_what_the_record_says_had_started_then(string day, string[] listed, string[] notListed)
    {
        var slugs = await SlugsAsync($"{{ startedBy: \"{day}\" }}");

        Assert.All(listed, slug => Assert.Contains(slug, slugs));
        Assert.All(notListed, slug => Assert.DoesNotContain(slug, slugs));
    }

    [Fact]
    public async Task Started_by_the_last_day_a_date_can_name_lists_every_event_whose_period_has_ended()
    {
        // 9999-12-31 has no next day to cut months and years at; it once failed with an internal error.
        var slugs = await SlugsAsync("{ startedBy: \"9999-12-31\" }");

        Assert.Contains("valentines-day-protest-2014-02-14", slugs);
        Assert.Contains("national-day-of-action-restoring-community", slugs);
        Assert.DoesNotContain("arlington-task-force-hearing", slugs);
    }
}
