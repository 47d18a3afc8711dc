using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tracker.Data;
using Tracker.Data.Entities;
using static Tracker.Api.Tests.StatusSummaryExpectations;

namespace Tracker.Api.Tests;

/// <summary>
/// <c>jurisdictions(asOf:)</c> (filter, nodes' status and event) and <c>statusSummary(asOf:)</c> answer, on days
/// before any event, between events, on events' counting days, today and in the future, exactly what the dating
/// rule gives when applied in C# to every stored event (<see cref="StatusEventDates.CountsOn(DateOnly?, DateOnly, DateOnly)"/>
/// and <see cref="StatusEventDates.IsLater"/>): the day's statuses, now read once per request and shared (issue 13),
/// must not change any answer. The same tests run on SQLite and PostgreSQL.
/// </summary>
public abstract class AsOfRuleTestsBase(MaintainerApi api)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static TheoryData<string> Days() =>
    [
        "2008-01-01", // before any event
        "2011-05-19", "2011-05-20", // Illinois' ON_OR_BEFORE event counts from the 20th
        "2011-06-01", "2012-01-01", "2012-06-30", // between events
        "2013-12-30", "2013-12-31", // the federal PLANNED event of YEAR precision counts from the 31st
        Today.ToString("yyyy-MM-dd"), // open ON_OR_AFTER events count from today
        Today.AddDays(400).ToString("yyyy-MM-dd"),
    ];

    [Theory]
    [MemberData(nameof(Days))]
    public async Task Lists_and_summaries_as_of_a_day_answer_what_the_dating_rule_gives(string day)
    {
        await RecordSeveralEventsAsync();
        var on = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var (jurisdictions, expected) = await ExpectedAsync(on);
        var response = await api.SendAsync(null, """
            query ($day: Date!) {
              known: jurisdictions(asOf: $day, first: 100, where: { status: { neq: UNKNOWN } }, order: [{ name: ASC }]) {
                totalCount
                nodes { code status currentStatusEvent { slug } }
              }
              unknownOrWithdrawnStates: jurisdictions(asOf: $day, where: { kind: { eq: STATE }, status: { in: [UNKNOWN, WITHDREW] } }) { totalCount }
              refused: jurisdictions(asOf: $day, where: { status: { eq: REFUSED_TO_JOIN } }) { totalCount }
              summary: statusSummary(asOf: $day) { total byStatus { status count } byKind { kind status count } byState { state { code } status count } }
              counties: statusSummary(asOf: $day, where: { kind: { eq: COUNTY }, status: { neq: UNKNOWN } }) { total }
            }
            """, new { day });
        Assert.True(response["errors"] is null, response.ToJsonString());
        var data = response["data"]!;

        var known = expected.Where(pair => pair.Value.Status != ParticipationStatus.Unknown).ToList();
        Assert.True(known.Count < 100, "the seeded record has fewer than a page of jurisdictions with a known status");
        Assert.Equal(known.Count, (int)data["known"]!["totalCount"]!);
        Assert.Equal(
            known.Select(pair => $"{jurisdictions[pair.Key].Code} {Name(pair.Value.Status)} {pair.Value.Slug}").Order(StringComparer.Ordinal),
            data["known"]!["nodes"]!.AsArray().Select(n => $"{n!["code"]} {n["status"]} {n["currentStatusEvent"]!["slug"]}").Order(StringComparer.Ordinal));
        ParticipationStatus StatusOf(int key) => expected.TryGetValue(key, out var deciding) ? deciding.Status : ParticipationStatus.Unknown;
        Assert.Equal(
            jurisdictions.Values.Count(j => j.Kind == JurisdictionKind.State && StatusOf(j.Id) is ParticipationStatus.Unknown or ParticipationStatus.Withdrew),
            (int)data["unknownOrWithdrawnStates"]!["totalCount"]!);
        Assert.Equal(known.Count(pair => pair.Value.Status == ParticipationStatus.RefusedToJoin), (int)data["refused"]!["totalCount"]!);

        AssertSummary(data["summary"]!, jurisdictions, StatusOf);
        Assert.Equal(
            jurisdictions.Values.Count(j => j.Kind == JurisdictionKind.County && StatusOf(j.Id) != ParticipationStatus.Unknown),
            (int)data["counties"]!["total"]!);
    }

    /// <summary>
    /// A county with several events (the seeded record has at most one counting per jurisdiction on most days): two on
    /// the same day (the later entered decides), one of MONTH precision counting from its month's end. Recorded once
    /// for the fixture's database.
    /// </summary>
    private async Task RecordSeveralEventsAsync()
    {
        const string county = "OK-tulsa-county";
        if (await api.WithDbAsync(db => db.StatusEvents.AnyAsync(e => e.Jurisdiction.Code == county)))
        {
            return;
        }
        foreach (var (status, date, precision) in new[]
        {
            ("PARTICIPATING", "2010-03-01", "DAY"), ("WITHDREW", "2011-06-01", "DAY"), ("REFUSED_TO_JOIN", "2011-06-01", "DAY"), ("LIMITED_BY_LAW", "2012-01-01", "MONTH"),
        })
        {
            await api.MutateAsync("recordStatusChange", "statusEvent { id }", new
            {
                jurisdiction = county, status, effectiveOn = date, datePrecision = precision, dateQualifier = "EXACT", earliestOn = (string?)null, latestOn = (string?)null,
                description = $"{status} on {date}", sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
            });
        }
    }

    private sealed record EventRow(int Id, int JurisdictionId, DateOnly EffectiveOn, DateOnly? CountsFrom, bool Retracted, ParticipationStatus Status, string Slug);

    /// <summary>Every jurisdiction, and the deciding event of each one that has one on the day, by the rule in C#.</summary>
    private async Task<(Dictionary<int, StatusSummaryExpectations.Place> Jurisdictions, Dictionary<int, EventRow> Deciding)> ExpectedAsync(DateOnly day)
    {
        var jurisdictions = await api.WithDbAsync(db => db.Jurisdictions.Select(j => new StatusSummaryExpectations.Place(j.Id, j.Code, j.Kind, j.ParentId)).ToListAsync());
        var events = await api.WithDbAsync(db => db.StatusEvents
            .Select(e => new EventRow(e.Id, e.JurisdictionId, e.EffectiveOn, e.CountsFrom, e.RetractedAt != null, e.Status, e.Slug)).ToListAsync());
        var deciding = new Dictionary<int, EventRow>();
        foreach (var e in events.Where(e => !e.Retracted && StatusEventDates.CountsOn(e.CountsFrom, day, Today)))
        {
            if (!deciding.TryGetValue(e.JurisdictionId, out var current) || StatusEventDates.IsLater(e.EffectiveOn, e.Id, current.EffectiveOn, current.Id))
            {
                deciding[e.JurisdictionId] = e;
            }
        }
        return (jurisdictions.ToDictionary(j => j.Id), deciding);
    }
}

public sealed class AsOfRuleTests(MaintainerApi api) : AsOfRuleTestsBase(api), IClassFixture<MaintainerApi>;

public sealed class PostgresAsOfRuleTests(PostgresMaintainerApi api) : AsOfRuleTestsBase(api), IClassFixture<PostgresMaintainerApi>;
