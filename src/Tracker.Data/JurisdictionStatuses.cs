using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data;

/// <summary>
/// The rule for a jurisdiction's current status, in one place: the status of its latest non-retracted event
/// by effective date (ties: the later-entered event), or Unknown when it has none. The order in which events
/// were entered never matters otherwise.
/// </summary>
public static class JurisdictionStatuses
{
    /// <summary>
    /// Recomputes the stored current status of these jurisdictions from their saved events (save event changes
    /// first, then call this and save again, in one transaction).
    /// </summary>
    public static async Task RecomputeAsync(TrackerDbContext db, IReadOnlyCollection<int> jurisdictionIds, CancellationToken cancellationToken)
    {
        var ids = jurisdictionIds.Distinct().ToList();
        var latest = await db.StatusEvents.AsNoTracking()
            .Where(e => ids.Contains(e.JurisdictionId) && e.RetractedAt == null)
            .Select(e => new { e.JurisdictionId, e.Id, e.Status, e.EffectiveOn })
            .ToListAsync(cancellationToken);
        var byJurisdiction = latest.GroupBy(e => e.JurisdictionId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.EffectiveOn).ThenByDescending(e => e.Id).First());
        var jurisdictions = await db.Jurisdictions.Where(j => ids.Contains(j.Id)).ToListAsync(cancellationToken);
        foreach (var jurisdiction in jurisdictions)
        {
            if (byJurisdiction.TryGetValue(jurisdiction.Id, out var current))
            {
                jurisdiction.CurrentStatus = current.Status;
                jurisdiction.CurrentStatusEventId = current.Id;
            }
            else
            {
                jurisdiction.CurrentStatus = ParticipationStatus.Unknown;
                jurisdiction.CurrentStatusEventId = null;
            }
        }
    }
}
