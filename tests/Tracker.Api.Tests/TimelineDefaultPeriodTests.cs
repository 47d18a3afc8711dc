using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// The timeline's default period (no <c>from</c>: the dashboard's) survives a status event stored far in the past
/// before the date limits existed: it starts at the earliest date the tracker accepts, or for the default period
/// at the longest period charted, and says which event's date it moved past (<c>shortenedFrom</c>).
/// On a clock set to 15 June 2020.
/// </summary>
public sealed class TimelineDefaultPeriodTests
{
    private static TrackerApiFactory Server(Dictionary<string, string?>? settings = null) =>
        new(settings ?? []) { TestServices = services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2020, 6, 15, 12, 0, 0, TimeSpan.Zero))) };

    private const string Timeline = "{ from to shortenedFrom events { effectiveOn } points { date counts { status count } } }";

    private static JsonNode Answer(JsonObject response)
    {
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!["statusTimeline"]!;
    }

    /// <summary>An event written straight into the database, as one recorded before the limits were: no mutation would take it now.</summary>
    private static async Task StoreOldEventAsync(TrackerApiFactory factory, DateOnly effectiveOn)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var jurisdiction = await db.Jurisdictions.SingleAsync(j => j.Code == "MN-hennepin-county");
        db.StatusEvents.Add(new StatusEvent
        {
            Slug = "stored-before-the-limits", JurisdictionId = jurisdiction.Id, Status = ParticipationStatus.Withdrew, EffectiveOn = effectiveOn,
            DatePrecision = DatePrecision.Day, DateQualifier = DateQualifier.Exact, Description = "A mistyped year kept from before the date limits.",
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_event_dated_in_year_1_moves_the_default_start_to_the_earliest_date_and_still_counts()
    {
        using var factory = Server();
        factory.CreateClient().Dispose();
        await StoreOldEventAsync(factory, new DateOnly(1, 1, 1));

        var byDefault = Answer(await factory.QueryAsync($"{{ statusTimeline {Timeline} }}"));
        var toOnly = Answer(await factory.QueryAsync($"{{ statusTimeline(to: \"2012-12-31\") {Timeline} }}"));
        var chosen = Answer(await factory.QueryAsync($"{{ statusTimeline(from: \"1990-01-01\", to: \"1990-02-01\") {Timeline} }}"));

        Assert.Equal("1950-01-01", (string)byDefault["from"]!);
        Assert.Equal("2020-06-15", (string)byDefault["to"]!);
        Assert.Equal("0001-01-01", (string)byDefault["shortenedFrom"]!);
        Assert.DoesNotContain(byDefault["events"]!.AsArray(), e => (string)e!["effectiveOn"]! == "0001-01-01");
        // The event left out of the listing still counts: Hennepin County has withdrawn since year 1 in the record.
        var firstPoint = byDefault["points"]![0]!;
        Assert.Equal("1950-01-31", (string)firstPoint["date"]!);
        Assert.Equal([("WITHDREW", 1)], firstPoint["counts"]!.AsArray().Select(c => ((string)c!["status"]!, (int)c["count"]!)));
        Assert.Equal("1950-01-01", (string)toOnly["from"]!);
        Assert.Equal("0001-01-01", (string)toOnly["shortenedFrom"]!);
        // A period the caller chose is charted as chosen and says nothing was moved.
        Assert.Equal("1990-01-01", (string)chosen["from"]!);
        Assert.Null(chosen["shortenedFrom"]);
    }

    [Fact]
    public async Task The_seeded_record_keeps_its_default_start_and_says_nothing_moved()
    {
        using var factory = Server();
        factory.CreateClient().Dispose();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var first = await db.StatusEvents.Where(e => e.RetractedAt == null).MinAsync(e => e.EffectiveOn);

        var byDefault = Answer(await factory.QueryAsync($"{{ statusTimeline {Timeline} }}"));

        Assert.Equal(first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)byDefault["from"]!);
        Assert.Null(byDefault["shortenedFrom"]);
    }

    [Fact]
    public async Task The_default_period_longer_than_the_months_charted_shows_the_latest_of_them_and_a_chosen_end_is_still_refused()
    {
        using var factory = Server(new() { ["Tracker:Timeline:MaxMonths"] = "24" });
        factory.CreateClient().Dispose();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var first = await db.StatusEvents.Where(e => e.RetractedAt == null).MinAsync(e => e.EffectiveOn);

        var byDefault = Answer(await factory.QueryAsync($"{{ statusTimeline {Timeline} }}"));
        var toOnly = await factory.QueryAsync("{ statusTimeline(to: \"2020-06-15\") { from } }");

        Assert.Equal("2018-07-01", (string)byDefault["from"]!);
        Assert.Equal(first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)byDefault["shortenedFrom"]!);
        Assert.Equal(24, byDefault["points"]!.AsArray().Count);
        Assert.True(toOnly["errors"] is not null, toOnly.ToJsonString());
        Assert.Equal("to", (string)toOnly["errors"]![0]!["extensions"]!["argument"]!);
    }
}
