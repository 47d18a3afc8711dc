
namespace Tracker.Api.Jurisdictions;

/// <summary>
/// Builds the status timeline: reads the standing events that can count by the end of the period once, then
/// replays them in memory (events are few next to jurisdictions) to count statuses in force at the end of each
/// month. Each event starts to count on its <c>countsFrom</c> day (<see cref="StatusEventDates"/>' rule, as for
/// the current status and <c>asOf</c>), and among those counting the latest by effective date decides. Without a
/// filter the events come from the record kept for the current data version (<see cref="StatusRecordCache"/>).
/// </summary>
public sealed class StatusTimelineBuilder(RequestDatabase database, StatusRecordCache record, TypeAdapterConfig mapping, TimeProvider clock, TimelineOptions options, DateLimits limits)
{

    public async Task<StatusTimelineModel> BuildAsync(DateOnly? from, DateOnly? to, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken)
    {
        var end = to ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (from > end)
        {
            throw UserInputError.Create($"\"from\" ({from:yyyy-MM-dd}) is after \"to\" ({end:yyyy-MM-dd}).", "from");
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (where is null && await record.CurrentAsync(cancellationToken) is { } kept)
        {
            // The record kept for the current data version holds the same events in the same order: filtered here
            // by the statement's own condition, with no statement run, and charted once for the record's version.
            return kept.TimelineOf(from, to, today, () =>
            {
                var counting = kept.StandingEvents.Where(e => e.EffectiveOn <= end || e.CountsFrom <= end || (e.CountsFrom == null && end >= today)).ToList();
                var (first, shortenedFrom) = from is { } given ? (given, null) : DefaultStart(counting.Count > 0 ? counting[0].EffectiveOn : end, end, to is null);
                CheckPeriod(from, first, end);
                return Chart(first, end, today, counting, shortenedFrom);
            });
        }
        await using var lease = await database.RentAsync(cancellationToken);
        var db = lease.Db;
        // Events dated in the period are listed; events counting by its end are replayed (a range can close before a
        // MONTH or YEAR period ends, so neither set contains the other).
        var standing = db.StatusEvents.Where(e => e.RetractedAt == null
            && (e.EffectiveOn <= end || e.CountsFrom <= end || (e.CountsFrom == null && end >= today)));
        if (where is not null)
        {
            var jurisdictions = JurisdictionQueryMaps.JurisdictionFilters.Apply(db.Jurisdictions, where).Select(j => j.Id);
            standing = standing.Where(e => jurisdictions.Contains(e.JurisdictionId));
        }
        // The period is checked before any event is loaded: without "from" it starts at the first event, which one
        // aggregate finds.
        var (start, shortenedFrom) = from is { } given ? (given, null)
            : DefaultStart(await standing.MinAsync(e => (DateOnly?)e.EffectiveOn, cancellationToken) ?? end, end, to is null);
        CheckPeriod(from, start, end);
        // One statement reads every standing event: the replay needs all of them, the answer lists those dated in the
        // period. Reading the replay's five columns and the listed events in two statements was measured: it saved
        // about 1 ms of 10 at 1,000,000 signatures but cost a third more CPU on the seeded database, where a
        // statement costs more than materialising a few dozen events.
        var events = await standing.OrderBy(e => e.EffectiveOn).ThenBy(e => e.Id).ProjectToType<StatusEventModel>(mapping).ToListAsync(cancellationToken);
        return Chart(start, end, today, events, shortenedFrom);
    }

    /// <summary>
    /// The period's start when "from" is left out: the first event's date, but no earlier than the earliest date the
    /// tracker accepts (<see cref="DateLimits"/>) and, for the default period (no "to" either: the dashboard's
    /// timeline), no further back than the months charted. An event stored before the limits existed (0001-01-01, or
    /// 0211 for 2011) would otherwise make that period fail for every visitor; the events before the start still
    /// count towards the points, only their listing is left out, and the answer says from which date
    /// (<c>shortenedFrom</c>). With "to" given the start moves only to the earliest date: a period too long is still
    /// refused and names "to", the argument the caller chose.
    /// </summary>
    private (DateOnly Start, DateOnly? ShortenedFrom) DefaultStart(DateOnly first, DateOnly end, bool isDefaultPeriod)
    {
        var earliest = isDefaultPeriod && FirstChartedMonth(end) is var charted && charted > limits.Earliest ? charted : limits.Earliest;
        return first < earliest && earliest <= end ? (earliest, first) : (first, null);
    }

    /// <summary>The first day of the earliest month a period ending on <paramref name="end"/> may start in.</summary>
    private DateOnly FirstChartedMonth(DateOnly end)
    {
        var month = (end.Year * 12) + end.Month - 1 - (options.MaxMonths - 1);
        return month < 12 ? DateOnly.MinValue : new DateOnly(month / 12, (month % 12) + 1, 1);
    }

    /// <summary>The period's events listed and its points replayed from <paramref name="events"/>, every standing event counting by its end.</summary>
    private StatusTimelineModel Chart(DateOnly start, DateOnly end, DateOnly today, List<StatusEventModel> events, DateOnly? shortenedFrom)
    {
        var replayed = events.ConvertAll(e => new ReplayedEvent(e.Key, e.JurisdictionKey, e.EffectiveOn, e.CountsFrom, e.Status));
        var listed = events.FindAll(e => e.EffectiveOn >= start && e.EffectiveOn <= end);
        var dates = MonthEnds(start, end, options.MaxMonths);
        return new StatusTimelineModel(start, end, listed, Replay(replayed, dates, today), shortenedFrom);
    }

    /// <summary>Refuses a period that starts after it ends or spans more months than are charted.</summary>
    private void CheckPeriod(DateOnly? from, DateOnly start, DateOnly end)
    {
        if (start > end)
        {
            throw UserInputError.Create($"\"from\" ({start:yyyy-MM-dd}) is after \"to\" ({end:yyyy-MM-dd}).", "from");
        }
        var months = MonthsSpanned(start, end);
        if (months > options.MaxMonths)
        {
            // Without "from" the caller gave only "to": the message says where the period's start came from and
            // names the argument that was given.
            var starts = from is null ? $"the first status event ({start:yyyy-MM-dd})" : $"{start:yyyy-MM-dd}";
            throw UserInputError.Create($"The period from {starts} to {end:yyyy-MM-dd} spans {months:N0} months; at most {options.MaxMonths:N0} are charted, one point a month. Narrow \"from\" and \"to\".", from is null ? "to" : "from");
        }
    }

    /// <summary>What replaying an event needs: its jurisdiction, the dating rule's order and the status it gives.</summary>
    private readonly record struct ReplayedEvent(int Key, int JurisdictionKey, DateOnly EffectiveOn, DateOnly? CountsFrom, ParticipationStatus Status);

    /// <summary>The calendar months the period touches, both ends included: the number of points it is charted with.</summary>
    public static int MonthsSpanned(DateOnly start, DateOnly end) => ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;

    /// <summary>
    /// The end of every month from <paramref name="start"/>'s until the one holding <paramref name="end"/>, then
    /// <paramref name="end"/>. Built from year and month rather than by adding months to a date, which overflows past
    /// 9999-12-31: a month end before <paramref name="end"/> always has a next month.
    /// </summary>
    private static List<DateOnly> MonthEnds(DateOnly start, DateOnly end, int maxMonths)
    {
        var dates = new List<DateOnly>();
        var (year, month) = (start.Year, start.Month);
        // Bounded by the caller's check (MonthsSpanned <= maxMonths); the bound here only makes that plain.
        while (dates.Count < maxMonths)
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

    /// <summary>
    /// Replays the events in the order they start to count and keeps the number of jurisdictions per status up to
    /// date as each deciding event replaces another: one pass over the events, and a point per date read from the
    /// running counts (counting every jurisdiction's status again at each date cost a pass over all of them per point).
    /// </summary>
    private static List<TimelinePoint> Replay(List<ReplayedEvent> events, List<DateOnly> dates, DateOnly today)
    {
        var byCounting = events.OrderBy(e => StatusEventDates.FirstCountingDay(e.CountsFrom, today)).ToList();
        var statuses = Enum.GetValues<ParticipationStatus>();
        var counts = new Dictionary<ParticipationStatus, int>(statuses.Length);
        var deciding = new Dictionary<int, ReplayedEvent>();
        var points = new List<TimelinePoint>(dates.Count);
        var next = 0;
        foreach (var date in dates)
        {
            for (; next < byCounting.Count && StatusEventDates.FirstCountingDay(byCounting[next].CountsFrom, today) <= date; next++)
            {
                var candidate = byCounting[next];
                if (deciding.TryGetValue(candidate.JurisdictionKey, out var current))
                {
                    if (!StatusEventDates.IsLater(candidate.EffectiveOn, candidate.Key, current.EffectiveOn, current.Key))
                    {
                        continue;
                    }
                    counts[current.Status] -= 1;
                }
                deciding[candidate.JurisdictionKey] = candidate;
                counts[candidate.Status] = counts.GetValueOrDefault(candidate.Status) + 1;
            }
            var point = new List<StatusCount>(statuses.Length);
            foreach (var status in statuses.Order())
            {
                if (status != ParticipationStatus.Unknown && counts.GetValueOrDefault(status) is > 0 and var count)
                {
                    point.Add(new StatusCount(status, count));
                }
            }
            points.Add(new TimelinePoint(date, point));
        }
        return points;
    }
}
