using Mapster;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Infrastructure;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Jurisdictions;

public sealed record TimelinePoint(DateOnly Date, IReadOnlyList<StatusCount> Counts);

public sealed record StatusTimelineModel(DateOnly From, DateOnly To, IReadOnlyList<StatusEventModel> Events, IReadOnlyList<TimelinePoint> Points);

/// <summary>
/// Builds the status timeline: reads the standing events up to the end of the period once, then replays them
/// in memory (events are few next to jurisdictions) to count statuses in force at the end of each month.
/// Ties on a date go to the later-entered event, as for the current status.
/// </summary>
public sealed class StatusTimelineBuilder(IDbContextFactory<TrackerDbContext> factory, TypeAdapterConfig mapping, TimeProvider clock)
{
    /// <summary>More points than this would be a chart nobody can read, and unbounded work.</summary>
    public const int MaxPoints = 1_200;

    public async Task<StatusTimelineModel> BuildAsync(DateOnly? from, DateOnly? to, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken)
    {
        var end = to ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (from > end)
        {
            throw UserInputError.Create($"\"from\" ({from:yyyy-MM-dd}) is after \"to\" ({end:yyyy-MM-dd}).", "from");
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var standing = db.StatusEvents.Where(e => e.RetractedAt == null && e.EffectiveOn <= end);
        if (where is not null)
        {
            var jurisdictions = JurisdictionQueryMaps.JurisdictionFilters.Apply(db.Jurisdictions, where).Select(j => j.Id);
            standing = standing.Where(e => jurisdictions.Contains(e.JurisdictionId));
        }
        var events = await standing.OrderBy(e => e.EffectiveOn).ThenBy(e => e.Id).ProjectToType<StatusEventModel>(mapping).ToListAsync(cancellationToken);
        var start = from ?? (events.Count > 0 ? events[0].EffectiveOn : end);
        if (start > end)
        {
            throw UserInputError.Create($"\"from\" ({start:yyyy-MM-dd}) is after \"to\" ({end:yyyy-MM-dd}).", "from");
        }
        var dates = MonthEnds(start, end);
        if (dates.Count > MaxPoints)
        {
            throw UserInputError.Create($"The period covers {dates.Count} months; at most {MaxPoints} are charted. Narrow \"from\" and \"to\".", "from");
        }
        return new StatusTimelineModel(start, end, events.Where(e => e.EffectiveOn >= start).ToList(), Replay(events, dates));
    }

    /// <summary>
    /// The end of every month from <paramref name="start"/>'s until the one holding <paramref name="end"/>, then
    /// <paramref name="end"/>. Built from year and month rather than by adding months to a date, which overflows past
    /// 9999-12-31: a month end before <paramref name="end"/> always has a next month.
    /// </summary>
    private static List<DateOnly> MonthEnds(DateOnly start, DateOnly end)
    {
        var dates = new List<DateOnly>();
        var (year, month) = (start.Year, start.Month);
        while (dates.Count <= MaxPoints)
        {
            var monthEnd = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            if (monthEnd >= end)
            {
                break;
            }
            dates.Add(monthEnd);
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
        }
        dates.Add(end);
        return dates;
    }

    private static List<TimelinePoint> Replay(IReadOnlyList<StatusEventModel> events, List<DateOnly> dates)
    {
        var current = new Dictionary<int, ParticipationStatus>();
        var points = new List<TimelinePoint>(dates.Count);
        var next = 0;
        foreach (var date in dates)
        {
            for (; next < events.Count && events[next].EffectiveOn <= date; next++)
            {
                current[events[next].JurisdictionKey] = events[next].Status;
            }
            var counts = current.Values.Where(s => s != ParticipationStatus.Unknown).GroupBy(s => s).OrderBy(g => g.Key)
                .Select(g => new StatusCount(g.Key, g.Count())).ToList();
            points.Add(new TimelinePoint(date, counts));
        }
        return points;
    }
}
