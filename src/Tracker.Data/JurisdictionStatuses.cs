using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data;

/// <summary>
/// Keeps the stored current status of jurisdictions equal to what <see cref="StatusEventDates"/>' rule says
/// on today's date: after every change of their events, and for all of them at start and after each midnight
/// (an event can begin to count after it was recorded: a PLANNED effect, a date known only to its month).
/// </summary>
public static class JurisdictionStatuses
{
    /// <summary>
    /// Recomputes the stored current status of these jurisdictions from their saved events (save event changes
    /// first, then call this and save again, in one transaction).
    /// </summary>
    public static async Task RecomputeAsync(TrackerDbContext db, IReadOnlyCollection<int> jurisdictionIds, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = jurisdictionIds.Distinct().ToList();
        var deciding = await StatusEventDates.Deciding(db.StatusEvents.Where(e => ids.Contains(e.JurisdictionId)), db.StatusEvents, today, today)
            .Select(e => new { e.JurisdictionId, e.Id, e.Status })
            .ToDictionaryAsync(e => e.JurisdictionId, cancellationToken);
        foreach (var jurisdiction in await db.Jurisdictions.Where(j => ids.Contains(j.Id)).ToListAsync(cancellationToken))
        {
            var current = deciding.GetValueOrDefault(jurisdiction.Id);
            jurisdiction.CurrentStatus = current?.Status ?? ParticipationStatus.Unknown;
            jurisdiction.CurrentStatusEventId = current?.Id;
        }
    }

    /// <summary>
    /// Brings every stored current status up to <paramref name="today"/>: compares what the rule says with what
    /// is stored (two statements over the jurisdictions that have events) and rewrites only those that differ.
    /// Returns how many changed. Writes take the write lock, as maintainers' do.
    /// </summary>
    public static async Task<int> RefreshAsync(TrackerDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var deciding = await StatusEventDates.Deciding(db.StatusEvents, db.StatusEvents, today, today)
            .Select(e => new { e.JurisdictionId, e.Id, e.Status })
            .ToDictionaryAsync(e => e.JurisdictionId, e => ((int?)e.Id, e.Status), cancellationToken);
        var stored = await db.Jurisdictions.Where(j => j.CurrentStatusEventId != null || j.CurrentStatus != ParticipationStatus.Unknown)
            .Select(j => new { j.Id, j.CurrentStatusEventId, j.CurrentStatus })
            .ToDictionaryAsync(j => j.Id, j => (j.CurrentStatusEventId, j.CurrentStatus), cancellationToken);
        var nothing = ((int?)null, ParticipationStatus.Unknown);
        var stale = stored.Keys.Concat(deciding.Keys).Distinct()
            .Where(id => stored.GetValueOrDefault(id, nothing) != deciding.GetValueOrDefault(id, nothing))
            .ToList();
        if (stale.Count == 0)
        {
            return 0;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SerializeWritesAsync(cancellationToken);
        foreach (var batch in stale.Chunk(500))
        {
            await RecomputeAsync(db, batch, today, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stale.Count;
    }

    /// <summary>
    /// Fills <see cref="StatusEvent.CountsFrom"/> for events saved before it existed (the migration that added it
    /// leaves it empty): found through the rows whose empty value the rule would not give.
    /// </summary>
    public static async Task<int> FillCountsFromAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var unfilled = await db.StatusEvents
            .Where(e => e.CountsFrom == null && (e.DateQualifier != DateQualifier.OnOrAfter || e.LatestOn != null))
            .ToListAsync(cancellationToken);
        if (unfilled.Count > 0)
        {
            foreach (var statusEvent in unfilled)
            {
                statusEvent.CountsFrom = StatusEventDates.CountsFrom(statusEvent);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return unfilled.Count;
    }
}
