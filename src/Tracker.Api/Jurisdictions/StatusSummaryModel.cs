namespace Tracker.Api.Jurisdictions;

/// <summary>
/// Counts for dashboard maps, all derived from one statement grouping the (filtered) jurisdictions by kind,
/// containing state and current status: a few hundred rows at most, whatever the number of jurisdictions. The
/// statement runs once, and only if the query selects any part; it reads the denormalised current status from an
/// index that covers it. For another day (<c>asOf</c>) the day's statuses (<see cref="DayStatusReader"/>, read once
/// per request) give the jurisdictions with a known status; a second statement reads their kind and state, and the
/// counts move from UNKNOWN to them. Without a filter, both come from the record kept for the current data version
/// (<see cref="StatusRecordCache"/>) when there is one, and no statement runs.
/// </summary>
public sealed class StatusSummaryModel(
    RequestDatabase database, StatusRecordCache record, DayStatusReader days, IReadOnlyDictionary<string, object?>? where, DateOnly? asOf, CancellationToken cancellationToken)
{
    private readonly Lazy<Task<IReadOnlyList<StatusGroup>>> _groups = new(() => where is null
        ? FromRecordAsync(database, record, days, asOf, cancellationToken)
        : ReadAsync(database, days, where, asOf, cancellationToken));

    public Task<int> Total => Derive(parts => parts.Total);

    public Task<IReadOnlyList<StatusCount>> ByStatus => Derive(parts => parts.ByStatus);

    public Task<IReadOnlyList<KindStatusCount>> ByKind => Derive(parts => parts.ByKind);

    /// <summary>A state-level jurisdiction counts under itself, a county or city under its state; the country under none.</summary>
    public Task<IReadOnlyList<StateStatusCount>> ByState => Derive(parts => parts.ByState);

    private async Task<T> Derive<T>(Func<StatusSummaryParts, T> derive) => derive(StatusSummaryParts.Of(await _groups.Value));

    private static async Task<IReadOnlyList<StatusGroup>> FromRecordAsync(
        RequestDatabase database, StatusRecordCache record, DayStatusReader days, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (await record.CurrentAsync(cancellationToken) is not { } kept)
        {
            return await ReadAsync(database, days, null, asOf, cancellationToken);
        }
        return asOf is { } day ? kept.GroupsOn(await days.OnAsync(day, cancellationToken)) : kept.CurrentGroups;
    }

    private static async Task<IReadOnlyList<StatusGroup>> ReadAsync(
        RequestDatabase database, DayStatusReader days, IReadOnlyDictionary<string, object?>? where, DateOnly? asOf, CancellationToken cancellationToken) =>
        asOf is { } day ? await ReadOnAsync(database, days, where, day, cancellationToken) : await ReadNowAsync(database, where, cancellationToken);

    private static async Task<List<StatusGroup>> ReadNowAsync(RequestDatabase database, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken)
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
        return rows.Select(r => new StatusGroup(r.Kind, r.StateKey, r.HasParent, r.CurrentStatus, r.Count)).ToList();
    }

    /// <summary>
    /// Counts on another day: every (filtered) jurisdiction grouped without its status, as the covering index
    /// serves it, then the kind and state of those with a deciding event that day (the day's statuses, read once
    /// for the request and shared with <c>jurisdictions(asOf:)</c>), moved out of UNKNOWN to their status.
    /// </summary>
    private static async Task<List<StatusGroup>> ReadOnAsync(
        RequestDatabase database, DayStatusReader days, IReadOnlyDictionary<string, object?>? where, DateOnly day, CancellationToken cancellationToken)
    {
        // Before the lease: the day's statuses are read through the same request context.
        var statuses = await days.OnAsync(day, cancellationToken);
        await using var lease = await database.RentAsync(cancellationToken);
        var db = lease.Db;
        var jurisdictions = JurisdictionQueryMaps.JurisdictionFiltersOn(statuses).Apply(db.Jurisdictions, where);
        var local = jurisdictions.Where(j => j.ParentId != null)
            .GroupBy(j => new { j.Kind, j.ParentId })
            .Select(g => new { g.Key.Kind, StateKey = (int)g.Key.ParentId!, HasParent = true, Count = g.Count() });
        var stateLevel = jurisdictions.Where(j => j.ParentId == null)
            .Select(j => new { j.Kind, StateKey = j.Id, HasParent = false, Count = 1 });
        var all = await local.Concat(stateLevel).ToListAsync(cancellationToken);
        var known = await jurisdictions.Where(KeyPredicates.In<Jurisdiction, int>(j => j.Id, statuses.JurisdictionKeys.Order()))
            .Select(j => new { j.Id, j.Kind, j.ParentId })
            .ToListAsync(cancellationToken);
        return StatusGroup.OnDay(
            all.Select(g => ((g.Kind, g.StateKey, g.HasParent), g.Count)),
            known.Select(j => ((j.Kind, j.ParentId ?? j.Id, j.ParentId is not null), statuses.StatusOf(j.Id))));
    }
}
