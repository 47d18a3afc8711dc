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
/// Counts for dashboard maps, all derived from one GROUP BY over the (filtered) jurisdictions by kind, containing
/// state and current status: a few hundred rows at most, whatever the number of jurisdictions. The statement runs
/// once, and only if the query selects any part; it reads the denormalised current status, which an index covers.
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
        var rows = await JurisdictionQueryMaps.JurisdictionFilters.Apply(db.Jurisdictions, where)
            .GroupBy(j => new { j.Kind, StateKey = j.ParentId ?? j.Id, HasParent = j.ParentId != null, j.CurrentStatus })
            .Select(g => new { g.Key.Kind, g.Key.StateKey, g.Key.HasParent, g.Key.CurrentStatus, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Group(r.Kind, r.StateKey, r.HasParent, r.CurrentStatus, r.Count)).ToList();
    }
}

/// <summary>The state record of a per-state count.</summary>
[GraphQLType("StateStatusCount")]
public sealed class StateStatusCountResolvers(JurisdictionLoaders loaders)
{
    public async Task<JurisdictionModel> State([Parent] StateStatusCount count) => (await loaders.ByKeyAsync(count.StateKey))!;
}
