using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Jurisdictions;

namespace Tracker.Api.Tests;

/// <summary>
/// The status record is kept only within its bound in bytes (<c>Tracker:StatusRecord:MaxBytes</c>) as well as in
/// rows: over it, nothing is kept and the map, summaries and timeline answer from the database, the same answers.
/// </summary>
public sealed class StatusRecordBoundTests
{
    private const string Maps = """
        {
          now: statusSummary { byStatus { status count } }
          day: statusSummary(asOf: "2011-12-31") { byStatus { status count } }
          timeline: statusTimeline(from: "2011-01-01", to: "2011-12-31") { events { slug } points { date counts { status count } } }
        }
        """;

    [Fact]
    public async Task A_record_over_its_bound_in_bytes_is_not_kept_and_the_answers_stay_the_same()
    {
        using var bounded = new TrackerApiFactory(new Dictionary<string, string?> { ["Tracker:StatusRecord:MaxBytes"] = "10000" });
        using var unbounded = new TrackerApiFactory();
        bounded.CreateClient().Dispose();
        unbounded.CreateClient().Dispose();
        await ResponseCacheTests.VersionKnownAsync(bounded);
        await ResponseCacheTests.VersionKnownAsync(unbounded);

        var overBound = await bounded.Services.GetRequiredService<StatusRecordCache>().CurrentAsync(default);
        var kept = await unbounded.Services.GetRequiredService<StatusRecordCache>().CurrentAsync(default);
        var fromDatabase = await bounded.QueryAsync(Maps);
        var fromMemory = await unbounded.QueryAsync(Maps);

        Assert.Null(overBound);
        Assert.NotNull(kept);
        Assert.True(StatusRecordOptions.EstimatedBytes(kept.StandingEvents, 0) > 10_000);
        Assert.Null(fromDatabase["errors"]);
        Assert.Equal(fromMemory.ToJsonString(), fromDatabase.ToJsonString());
    }

    [Fact]
    public void The_estimate_counts_each_events_text()
    {
        var shortEvent = new StatusEventModel { Slug = "e", Description = "x" };
        var longEvent = shortEvent with { Description = new string('x', 4000), Actor = new string('a', 300) };

        var difference = StatusRecordOptions.EstimatedBytes([longEvent], 0) - StatusRecordOptions.EstimatedBytes([shortEvent], 0);

        Assert.Equal(2 * (3999 + 300), difference);
        Assert.Equal(64 * 23_318, StatusRecordOptions.EstimatedBytes([], 23_318));
    }
}
