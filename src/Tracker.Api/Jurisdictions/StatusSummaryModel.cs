namespace Tracker.Api.Jurisdictions;

/// <summary>
/// Counts for dashboard maps, all derived from one statement grouping the (filtered) jurisdictions by kind,
/// containing state and current status: a few hundred rows at most, whatever the number of jurisdictions. The
/// statement runs once, and only if the query selects any part; it reads the denormalised current status from an
/// index that covers it. For another day (<c>asOf</c>) a second statement reads the events deciding that day's
/// statuses, and the counts move from UNKNOWN to them.
/// </summary>
public sealed class StatusSummaryModel(
    RequestDatabase database, IReadOnlyDictionary<string, object?>? where, DateOnly? asOf, DateOnly today, CancellationToken cancellationToken)
{
    private readonly Lazy<Task<List<Group>>> _groups = new(() => asOf is { } day
        ? ReadOnAsync(database, where, day, today, cancellationToken)
        : ReadAsync(database, where, cancellationToken));

    private sealed record Group(JurisdictionKind Kind, int StateKey, bool HasParent, ParticipationStatus Status, int Count);

    public Task<int> Total => Derive(groups => groups.Sum(g => g.Count));

    public Task<IReadOnlyList<StatusCount>> ByStatus => Derive<IReadOnlyList<StatusCount>>(groups =>
        groups.GroupBy(g => g.Status).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key, g.Sum(x => x.Count))).ToList());

    public Task<IReadOnlyList<KindStatusCount>> ByKind => Derive<IReadOnlyList<KindStatusCount>>(groups =>
        groups.GroupBy(g => (g.Kind, g.Status)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Status)
            .Select(g => new KindStatusCount(g.Key.Kind, g.Key.Status, g.Sum(x => x.Count))).ToList());

    /// <summary>A state-level jurisdiction counts under itself, a county or city under its state; the country under none.</summary>
    public Task<IReadOnlyList<StateStatusCount>> ByState => Derive<IReadOnlyList<StateStatusCount>>(groups =>
        groups.Where(g => g.Kind != JurisdictionKind.Country && (g.HasParent || g.Kind is not (JurisdictionKind.County or JurisdictionKind.City)))
            .GroupBy(g => (g.StateKey, g.Status)).OrderBy(g => g.Key.StateKey).ThenBy(g => g.Key.Status)
            .Select(g => new StateStatusCount(g.Key.StateKey, g.Key.Status, g.Sum(x => x.Count))).ToList());

    private async Task<T> Derive<T>(Func<List<Group>, T> derive) => derive(await _groups.Value);

    private static async Task<List<Group>> ReadAsync(RequestDatabase database, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken)
    {
        await using var lease = await database.RentAsync(cancellationToken);
        var db = lease.Db;
        var jurisdictions = JurisdictionQueryMaps.JurisdictionFilters.Apply(db.Jurisdictions, where);
        // Two halves of one UNION ALL, each read from the (ParentId, Kind, CurrentStatus) index alone: counties and
        // cities grouped by their state, and the few dozen state-level rows as they are. Grouping everything by
        // COALESCE(ParentId, Id) instead sorts every row (30 ms at 23,000 jurisdictions against 2 ms).
        var local = jurisdictions.Where(j => j.ParentId != null)
            .GroupBy(j => new { j.Kind, j.ParentId, j.CurrentStatus })
            .Select(g => new { g.Key.Kind, StateKey = (int)g.Key.ParentId!, HasParent = true, g.Key.CurrentStatus, Count = g.Count() });
        var stateLevel = jurisdictions.Where(j => j.ParentId == null)
            .Select(j => new { j.Kind, StateKey = j.Id, HasParent = false, j.CurrentStatus, Count = 1 });
        var rows = await local.Concat(stateLevel).ToListAsync(cancellationToken);
        return rows.Select(r => new Group(r.Kind, r.StateKey, r.HasParent, r.CurrentStatus, r.Count)).ToList();
    }

    /// <summary>
    /// Counts on another day: every (filtered) jurisdiction grouped without its status, as the covering index
    /// serves it, then the deciding events of that day grouped by their jurisdiction's kind and state, moved out of
    /// UNKNOWN. Only jurisdictions with events are read twice, so a map for any day costs two grouped statements.
    /// </summary>
    private static async Task<List<Group>> ReadOnAsync(
        RequestDatabase database, IReadOnlyDictionary<string, object?>? where, DateOnly day, DateOnly today, CancellationToken cancellationToken)
    {
        await using var lease = await database.RentAsync(cancellationToken);
        var db = lease.Db;
        var jurisdictions = JurisdictionQueryMaps.JurisdictionFiltersOn(db.StatusEvents, day, today).Apply(db.Jurisdictions, where);
        var local = jurisdictions.Where(j => j.ParentId != null)
            .GroupBy(j => new { j.Kind, j.ParentId })
            .Select(g => new { g.Key.Kind, StateKey = (int)g.Key.ParentId!, HasParent = true, Count = g.Count() });
        var stateLevel = jurisdictions.Where(j => j.ParentId == null)
            .Select(j => new { j.Kind, StateKey = j.Id, HasParent = false, Count = 1 });
        var all = await local.Concat(stateLevel).ToListAsync(cancellationToken);
        var known = await StatusEventDates.Deciding(db.StatusEvents, db.StatusEvents, day, today)
            .Join(jurisdictions, e => e.JurisdictionId, j => j.Id, (e, j) => new { j.Kind, j.ParentId, j.Id, e.Status })
            .GroupBy(x => new { x.Kind, StateKey = x.ParentId ?? x.Id, HasParent = x.ParentId != null, x.Status })
            .Select(g => new { g.Key.Kind, g.Key.StateKey, g.Key.HasParent, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var groups = all.ToDictionary(g => (g.Kind, g.StateKey, g.HasParent, Status: ParticipationStatus.Unknown), g => g.Count);
        foreach (var k in known.Where(k => k.Status != ParticipationStatus.Unknown))
        {
            groups[(k.Kind, k.StateKey, k.HasParent, ParticipationStatus.Unknown)] -= k.Count;
            groups[(k.Kind, k.StateKey, k.HasParent, k.Status)] = groups.GetValueOrDefault((k.Kind, k.StateKey, k.HasParent, k.Status)) + k.Count;
        }
        return groups.Where(g => g.Value > 0).Select(g => new Group(g.Key.Kind, g.Key.StateKey, g.Key.HasParent, g.Key.Status, g.Value)).ToList();
    }
}
