using System.Collections.Concurrent;

namespace Tracker.Api.Jurisdictions;

/// <summary>
/// The statuses of every jurisdiction on a day (<see cref="StatusesOnDay"/>), read at most once per request and
/// day: <c>statusSummary(asOf:)</c>, <c>jurisdictions(asOf:)</c>'s filter and its nodes share one read, a scan of
/// the standing events that count that day (a few thousand short rows), however many of them the query selects,
/// or the same events in the record kept for the current data version (<see cref="StatusRecordCache"/>).
/// </summary>
public sealed class DayStatusReader(RequestDatabase database, StatusRecordCache record, TimeProvider clock)
{
    private readonly ConcurrentDictionary<DateOnly, Lazy<Task<StatusesOnDay>>> _days = new();

    /// <summary>Today's date (UTC): the dating rule needs it for events that count only from the present.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The statuses on <paramref name="day"/>; the first caller's token cancels the read, all callers being parts of
    /// the same request.
    /// </summary>
    public Task<StatusesOnDay> OnAsync(DateOnly day, CancellationToken cancellationToken) =>
        _days.GetOrAdd(day, d => new Lazy<Task<StatusesOnDay>>(() => ReadAsync(d, cancellationToken))).Value;

    private async Task<StatusesOnDay> ReadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var today = Today;
        if (await record.CurrentAsync(cancellationToken) is { } kept)
        {
            return kept.On(day, today);
        }
        await using var lease = await database.RentAsync(cancellationToken);
        var counting = await lease.Db.StatusEvents.Where(StatusEventDates.CountsOn(day, today))
            .Select(e => new StatusesOnDay.Candidate(e.Id, e.JurisdictionId, e.EffectiveOn, e.Status))
            .ToListAsync(cancellationToken);
        return StatusesOnDay.From(counting);
    }
}
