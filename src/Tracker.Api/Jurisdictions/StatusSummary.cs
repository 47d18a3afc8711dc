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
/// Counts for dashboard maps. Each part is one GROUP BY statement, run only when the query selects it; all
/// read the denormalised current status, which an index covers.
/// </summary>
public sealed class StatusSummaryModel(IDbContextFactory<TrackerDbContext> factory, IReadOnlyDictionary<string, object?>? where, CancellationToken cancellationToken)
{
    private readonly Lazy<Task<int>> _total = new(() => Query(factory, where, (q, ct) => q.CountAsync(ct), cancellationToken));

    private readonly Lazy<Task<IReadOnlyList<StatusCount>>> _byStatus = new(() => Query(factory, where, async (q, ct) =>
        (IReadOnlyList<StatusCount>)(await q.GroupBy(j => j.CurrentStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(r => r.Key).Select(r => new StatusCount(r.Key, r.Count)).ToList(), cancellationToken));

    private readonly Lazy<Task<IReadOnlyList<KindStatusCount>>> _byKind = new(() => Query(factory, where, async (q, ct) =>
        (IReadOnlyList<KindStatusCount>)(await q.GroupBy(j => new { j.Kind, j.CurrentStatus }).Select(g => new { g.Key.Kind, g.Key.CurrentStatus, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(r => r.Kind).ThenBy(r => r.CurrentStatus).Select(r => new KindStatusCount(r.Kind, r.CurrentStatus, r.Count)).ToList(), cancellationToken));

    // A state-level jurisdiction counts under itself, a county or city under its parent state; the country under none.
    private readonly Lazy<Task<IReadOnlyList<StateStatusCount>>> _byState = new(() => Query(factory, where, async (q, ct) =>
        (IReadOnlyList<StateStatusCount>)(await q.Where(j => j.Kind != JurisdictionKind.Country && (j.ParentId != null || j.Kind != JurisdictionKind.County && j.Kind != JurisdictionKind.City))
                .GroupBy(j => new { StateKey = j.ParentId ?? j.Id, j.CurrentStatus })
                .Select(g => new { g.Key.StateKey, g.Key.CurrentStatus, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(r => r.StateKey).ThenBy(r => r.CurrentStatus).Select(r => new StateStatusCount(r.StateKey, r.CurrentStatus, r.Count)).ToList(), cancellationToken));

    public Task<int> Total => _total.Value;

    public Task<IReadOnlyList<StatusCount>> ByStatus => _byStatus.Value;

    public Task<IReadOnlyList<KindStatusCount>> ByKind => _byKind.Value;

    public Task<IReadOnlyList<StateStatusCount>> ByState => _byState.Value;

    private static async Task<T> Query<T>(
        IDbContextFactory<TrackerDbContext> factory, IReadOnlyDictionary<string, object?>? where, Func<IQueryable<Jurisdiction>, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await read(JurisdictionQueryMaps.JurisdictionFilters.Apply(db.Jurisdictions, where), cancellationToken);
    }
}

/// <summary>The state record of a per-state count.</summary>
[GraphQLType("StateStatusCount")]
public sealed class StateStatusCountResolvers(JurisdictionLoaders loaders)
{
    public async Task<JurisdictionModel> State([Parent] StateStatusCount count) => (await loaders.ByKeyAsync(count.StateKey))!;
}
