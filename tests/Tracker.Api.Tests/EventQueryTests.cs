using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Infrastructure;
using Tracker.Data;

namespace Tracker.Api.Tests;

/// <summary>Events in the API (issue 11 item 1): lookups, a period's events, moved campaigns, search.</summary>
public sealed class EventQueryTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task An_event_reads_with_its_place_time_dates_targets_and_citations()
    {
        var response = await api.Factory.QueryAsync("""
            { event(slug: "legal-clinic-2011-08-27") {
                __typename kind title startsOn datePrecision dateQualifier startTime endTime timeZone placeName address
                jurisdiction { code } targets { code } citations { quote source { slug } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var ev = response["data"]!["event"]!;
        Assert.Equal(("Event", "LEGAL_CLINIC", "Walker Church", "America/Chicago"), ((string)ev["__typename"]!, (string)ev["kind"]!, (string)ev["placeName"]!, (string)ev["timeZone"]!));
        Assert.Matches("^[0-2][0-9]:[0-5][0-9]$", (string)ev["startTime"]!);
        Assert.NotEmpty(ev["citations"]!.AsArray());
        Assert.All(ev["citations"]!.AsArray(), c => Assert.False(string.IsNullOrEmpty((string?)c!["quote"])));
    }

    [Fact]
    public async Task The_events_of_a_period_are_those_starting_in_it_newest_first()
    {
        var response = await api.Factory.QueryAsync("""
            { events(where: { startsOn: { gte: "2011-06-01", lte: "2011-06-30" } }) { totalCount nodes { slug startsOn } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var nodes = response["data"]!["events"]!["nodes"]!.AsArray();
        Assert.Equal((int)response["data"]!["events"]!["totalCount"]!, nodes.Count);
        Assert.Contains(nodes, n => (string)n!["slug"]! == "call-in-day-2011-06-03");
        var days = nodes.Select(n => DateOnly.Parse((string)n!["startsOn"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(days, d => Assert.InRange(d, new DateOnly(2011, 6, 1), new DateOnly(2011, 6, 30)));
        Assert.Equal(days.OrderDescending(), days);
    }

    [Fact]
    public async Task Campaigns_are_events_not_letters()
    {
        var response = await api.Factory.QueryAsync("""
            { letters(where: { kind: { eq: CAMPAIGN } }) { totalCount }
              letter(slug: "call-in-day-2011-06-03") { id }
              event(slug: "call-in-day-2011-06-03") { kind dateQualifier } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Equal(0, (int)response["data"]!["letters"]!["totalCount"]!);
        Assert.Null(response["data"]!["letter"]);
        Assert.Equal(("CALL_IN_DAY", "PLANNED"), ((string)response["data"]!["event"]!["kind"]!, (string)response["data"]!["event"]!["dateQualifier"]!));
    }

    [Fact]
    public async Task A_moved_letters_old_id_finds_its_event()
    {
        int eventKey;
        using (var scope = api.Factory.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
            eventKey = await db.Events.Where(e => e.Slug == "protest-2012-03-31").Select(e => e.Id).SingleAsync();
            // What the RecordData migration leaves for a letter it moved (ids above every letter's, as an old one's would be).
            db.MovedRecords.Add(new Data.Entities.MovedRecord { OldType = "Letter", OldId = 900_001, NewType = "Event", NewId = eventKey });
            await db.SaveChangesAsync();
        }

        var response = await api.Factory.QueryAsync("query ($id: ID!) { node(id: $id) { __typename id ... on Event { slug } } }", new { id = GlobalId.Encode("Letter", 900_001) });

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Equal(("Event", "protest-2012-03-31", GlobalId.Encode("Event", eventKey)),
            ((string)response["data"]!["node"]!["__typename"]!, (string)response["data"]!["node"]!["slug"]!, (string)response["data"]!["node"]!["id"]!));
    }

    [Fact]
    public async Task Search_finds_events_by_place()
    {
        var response = await api.Factory.QueryAsync("""{ search(text: "Walker Church") { __typename ... on Event { slug } } }""");

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Contains(response["data"]!["search"]!.AsArray(), r => (string)r!["__typename"]! == "Event" && (string)r["slug"]! == "legal-clinic-2011-08-27");
    }
}
