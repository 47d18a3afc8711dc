using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tracker.Data;
using Tracker.Data.Entities;
using static Tracker.Api.Tests.StatusSummaryExpectations;

namespace Tracker.Api.Tests;

/// <summary>
/// <c>statusTimeline</c> and <c>statusSummary(asOf:)</c> around the edges of one county's record: a change that
/// counts exactly on a month's last day (a timeline point), a retracted event, an event whose date a correction moved
/// onto a month end, and one of MONTH precision. Both must give what the dating rule does in C# over every stored
/// event: the timeline's replay (five columns of each event, a running count per status; issue 13) must not change
/// any answer. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class DayStatusEdgeTestsBase(MaintainerApi api)
{
    private const string County = "WA-asotin-county";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static TheoryData<string> Days() =>
    [
        "2011-03-30", "2011-03-31", // the first event counts from the 31st
        "2011-05-15", "2011-05-31", // a retracted event dated the 15th
        "2011-06-30", "2011-07-31", // corrected from 30 June to 31 July
        "2011-10-30", "2011-10-31", // MONTH precision: counts from the month's last day
    ];

    [Theory]
    [MemberData(nameof(Days))]
    public async Task A_summary_as_of_a_day_counts_the_county_as_the_dating_rule_gives(string day)
    {
        await RecordCountyEventsAsync();
        var on = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var (jurisdictions, events) = await StoredAsync();
        var deciding = Deciding(events, on);
        ParticipationStatus StatusOf(int key) => deciding.TryGetValue(key, out var e) ? e.Status : ParticipationStatus.Unknown;

        var response = await api.SendAsync(null, """
            query ($day: Date!, $county: String!) {
              summary: statusSummary(asOf: $day) { total byStatus { status count } byKind { kind status count } byState { state { code } status count } }
              county: jurisdictions(asOf: $day, where: { code: { eq: $county } }) { nodes { status } }
            }
            """, new { day, county = County });
        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        var countyKey = jurisdictions.Values.Single(j => j.Code == County).Id;
        Assert.Equal(Name(StatusOf(countyKey)), (string)data["county"]!["nodes"]![0]!["status"]!);

        AssertSummary(data["summary"]!, jurisdictions, StatusOf);
    }

    [Fact]
    public async Task The_timeline_lists_and_counts_what_the_dating_rule_gives_at_every_month_end()
    {
        await RecordCountyEventsAsync();
        var (_, events) = await StoredAsync();
        var response = await api.SendAsync(null, """
            query ($county: String!) {
              all: statusTimeline(from: "2011-01-01", to: "2011-12-31") { events { slug } points { date counts { status count } } }
              county: statusTimeline(from: "2011-01-01", to: "2011-12-31", where: { code: { eq: $county } }) { events { slug } points { date counts { status count } } }
            }
            """, new { county = County });
        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;
        var (from, to) = (new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31));
        var monthEnds = Enumerable.Range(1, 12).Select(month => new DateOnly(2011, month, DateTime.DaysInMonth(2011, month))).ToList();

        foreach (var (name, counted) in new[] { ("all", events), ("county", events.Where(e => e.JurisdictionCode == County).ToList()) })
        {
            var timeline = data[name]!;
            Assert.Equal(
                counted.Where(e => !e.Retracted && e.EffectiveOn >= from && e.EffectiveOn <= to).OrderBy(e => e.EffectiveOn).ThenBy(e => e.Id).Select(e => e.Slug),
                timeline["events"]!.AsArray().Select(e => (string)e!["slug"]!));
            Assert.Equal(
                monthEnds.Select(date => $"{date:yyyy-MM-dd}: " + string.Join(", ", Deciding(counted, date).Values
                    .Where(e => e.Status != ParticipationStatus.Unknown).GroupBy(e => e.Status).OrderBy(g => g.Key).Select(g => $"{Name(g.Key)} {g.Count()}"))),
                timeline["points"]!.AsArray().Select(p => $"{p!["date"]}: " + string.Join(", ", p["counts"]!.AsArray().Select(c => $"{c!["status"]} {c["count"]}"))));
        }
        // The county's own line, spelled out: the rule above could share a mistake with the code it checks.
        Assert.Equal(
            ["", "", "PARTICIPATING 1", "PARTICIPATING 1", "PARTICIPATING 1", "PARTICIPATING 1", "REFUSED_TO_JOIN 1", "REFUSED_TO_JOIN 1", "REFUSED_TO_JOIN 1", "LIMITED_BY_LAW 1", "LIMITED_BY_LAW 1", "LIMITED_BY_LAW 1"],
            data["county"]!["points"]!.AsArray().Select(p => string.Join(", ", p!["counts"]!.AsArray().Select(c => $"{c!["status"]} {c["count"]}"))));
    }

    /// <summary>
    /// The county's record, made once for the fixture's database: PARTICIPATING from 31 March 2011; WITHDREW on
    /// 15 May, retracted; REFUSED_TO_JOIN recorded for 30 June and corrected to 31 July; LIMITED_BY_LAW in
    /// October 2011 (MONTH precision, counting from the 31st).
    /// </summary>
    private async Task RecordCountyEventsAsync()
    {
        if (await api.WithDbAsync(db => db.StatusEvents.AnyAsync(e => e.Jurisdiction.Code == County)))
        {
            return;
        }
        await RecordAsync("PARTICIPATING", "2011-03-31", "DAY");
        var withdrew = await RecordAsync("WITHDREW", "2011-05-15", "DAY");
        await api.MutateAsync("retractStatusEvent", "statusEvent { id }", new { id = (string)withdrew["id"]!, version = (int)withdrew["version"]!, reason = "Recorded for the wrong county." });
        var refused = await RecordAsync("REFUSED_TO_JOIN", "2011-06-30", "DAY");
        await api.MutateAsync("correctStatusEvent", "statusEvent { id }", new { id = (string)refused["id"]!, version = (int)refused["version"]!, effectiveOn = "2011-07-31" });
        await RecordAsync("LIMITED_BY_LAW", "2011-10-01", "MONTH");
    }

    private async Task<JsonNode> RecordAsync(string status, string date, string precision) =>
        (await api.MutateAsync("recordStatusChange", "statusEvent { id version }", new
        {
            jurisdiction = County, status, effectiveOn = date, datePrecision = precision, dateQualifier = "EXACT", earliestOn = (string?)null, latestOn = (string?)null,
            description = $"{status} on {date}", sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
        }))["statusEvent"]!;

    private sealed record EventRow(int Id, int JurisdictionId, string JurisdictionCode, DateOnly EffectiveOn, DateOnly? CountsFrom, bool Retracted, ParticipationStatus Status, string Slug);

    private async Task<(Dictionary<int, StatusSummaryExpectations.Place> Jurisdictions, List<EventRow> Events)> StoredAsync()
    {
        var jurisdictions = await api.WithDbAsync(db => db.Jurisdictions.Select(j => new StatusSummaryExpectations.Place(j.Id, j.Code, j.Kind, j.ParentId)).ToListAsync());
        var events = await api.WithDbAsync(db => db.StatusEvents
            .Select(e => new EventRow(e.Id, e.JurisdictionId, e.Jurisdiction.Code, e.EffectiveOn, e.CountsFrom, e.RetractedAt != null, e.Status, e.Slug)).ToListAsync());
        return (jurisdictions.ToDictionary(j => j.Id), events);
    }

    /// <summary>The deciding event of each jurisdiction on the day, by the rule in C#.</summary>
    private static Dictionary<int, EventRow> Deciding(IEnumerable<EventRow> events, DateOnly day)
    {
        var deciding = new Dictionary<int, EventRow>();
        foreach (var e in events.Where(e => !e.Retracted && StatusEventDates.CountsOn(e.CountsFrom, day, Today)))
        {
            if (!deciding.TryGetValue(e.JurisdictionId, out var current) || StatusEventDates.IsLater(e.EffectiveOn, e.Id, current.EffectiveOn, current.Id))
            {
                deciding[e.JurisdictionId] = e;
            }
        }
        return deciding;
    }
}

public sealed class DayStatusEdgeTests(MaintainerApi api) : DayStatusEdgeTestsBase(api), IClassFixture<MaintainerApi>;

public sealed class PostgresDayStatusEdgeTests(PostgresMaintainerApi api) : DayStatusEdgeTestsBase(api), IClassFixture<PostgresMaintainerApi>;
