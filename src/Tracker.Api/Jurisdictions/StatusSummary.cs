using Microsoft.EntityFrameworkCore;
using Tracker.Api.Infrastructure.Filtering;
using Tracker.Data;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Jurisdictions;

public sealed record StatusCount(ParticipationStatus Status, int Count);

public sealed record KindStatusCount(JurisdictionKind Kind, ParticipationStatus Status, int Count);

public sealed record StateStatusCount(int StateKey, ParticipationStatus Status, int Count);

/// <summary>
/// Counts for dashboard maps, all derived from one statement grouping the (filtered) jurisdictions by kind,
/// containing state and current status: a few hundred rows at most, whatever the number of jurisdictions. The
/// statement runs once, and only if the query selects any part; it reads the denormalised current status from an
/// index that covers it.
/// </summary>
public sealed class StatusSummaryModel(IDbContextFactory<TrackerDbContext> factory, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken)
{
    private readonly Lazy<Task<List<Group>>> _groups = new(() => ReadAsync(factory, where, cancellationToken));

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

    private static async Task<List<Group>> ReadAsync(IDbContextFactory<TrackerDbContext> factory, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
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
}

/// <summary>The state record of a per-state count.</summary>
[GraphQLType("StateStatusCount")]
public sealed class StateStatusCountResolvers(JurisdictionLoaders loaders)
{
    public async Task<JurisdictionModel> State([Parent] StateStatusCount count) => (await loaders.ByKeyAsync(count.StateKey))!;
}
