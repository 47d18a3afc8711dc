using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// DataLoaders that read API models by key or by parent key: one statement per batch, in its own turn on the
/// request's shared context (<see cref="RequestDatabase"/>), projected with Mapster. Each concept's loader class
/// names its loads on top of these. Loads of a fixed shape run as compiled queries (<see cref="CompiledLoads"/>):
/// the sets and orders they are given must depend on nothing but the context; their rows are kept across requests
/// until the data changes (<see cref="LoadMemo"/>), and a batch whose keys are all kept opens no connection.
/// </summary>
public sealed class ModelLoader(LoaderRegistry registry, RequestDatabase database, TypeAdapterConfig mapping, CompiledLoads compiled, LoadMemo memo)
{
    /// <summary>The data version this request last asked for, for lookups in the memo without a batch (<see cref="LoadMemo.TryKept"/>).</summary>
    private long _seen = -1;

    /// <summary>One model per key, as <paramref name="load"/> declares it; null when nothing has it.</summary>
    public Task<TModel?> ByKeyAsync<TEntity, TModel, TKey>(KeyedLoad<TEntity, TModel, TKey> load, TKey key)
        where TModel : class
        where TKey : notnull =>
        memo.TryKept<TKey, TModel>(ref _seen, load.Name, key, out var kept) ? Task.FromResult(kept.Length > 0 ? kept[0] : null) : registry.LoadAsync<TKey, TModel>(load.Name, key, async (keys, ct) =>
        {
            var models = await CompiledRowsAsync(load.Name, keys, load.KeyOfModel, (db, within) => load.Set(db).Where(KeyPredicates.Within(load.KeyOf, within)).ProjectToType<TModel>(mapping), ct);
            return models.ToDictionary(load.KeyOfModel, m => (TModel?)m);
        });

    /// <summary>
    /// <see cref="ByKeyAsync{TEntity, TModel, TKey}(KeyedLoad{TEntity, TModel, TKey}, TKey)"/> for a set that depends on the request (a day asked for): its
    /// statement is built for each batch, so that no per-request value is compiled and kept.
    /// </summary>
    public Task<TModel?> ByKeyUncompiledAsync<TEntity, TModel, TKey>(
        string name, TKey key, Func<TrackerDbContext, IQueryable<TEntity>> set, Expression<Func<TEntity, TKey>> keyOf, Func<TModel, TKey> keyOfModel)
        where TModel : class
        where TKey : notnull =>
        registry.LoadAsync<TKey, TModel>(name, key, async (keys, ct) =>
        {
            await using var lease = await database.RentAsync(ct);
            var models = await set(lease.Db).Where(KeyPredicates.In(keyOf, keys)).ProjectToType<TModel>(mapping).ToListAsync(ct);
            return models.ToDictionary(keyOfModel, m => (TModel?)m);
        });

    /// <summary>
    /// The rows of the compiled statement <paramref name="name"/> (built by <paramref name="build"/> from the context
    /// and the keys' <c>List&lt;TKey&gt;</c> expression) for <paramref name="keys"/>, each key's rows in the
    /// statement's order: from the <see cref="LoadMemo"/> where kept at the current data version, the rest read on the
    /// request's connection. <paramref name="keyOf"/> tells a row's key. The name is the statement's identity for
    /// both caches: it must not stand for two shapes.
    /// </summary>
    public Task<List<TRow>> CompiledRowsAsync<TKey, TRow>(
        string name, IReadOnlyList<TKey> keys, Func<TRow, TKey> keyOf, Func<TrackerDbContext, Expression, IQueryable<TRow>> build, CancellationToken cancellationToken)
        where TKey : notnull =>
        memo.RowsAsync(name, keys, keyOf, async (missing, ct) =>
        {
            await using var lease = await database.RentAsync(ct);
            var db = lease.Db;
            return await compiled.ListAsync(name, db, missing, within => build(db, within), ct);
        }, cancellationToken);

    /// <summary>
    /// Each key's rows of the compiled statement <paramref name="name"/> (see <see cref="CompiledRowsAsync"/>), as
    /// <paramref name="shape"/> makes them into the key's list (the rows in the statement's order). Rows already kept
    /// at the current data version are shaped at once, without a DataLoader's batch (<see cref="LoadMemo.TryKept"/>);
    /// the rest are read in one statement per batch. The one depth at which a list load looks in the memo first:
    /// every load of a list per key goes through here.
    /// </summary>
    public Task<IReadOnlyList<TValue>> GroupsAsync<TKey, TRow, TValue>(
        string name, TKey key, Func<TRow, TKey> keyOf, Func<TrackerDbContext, Expression, IQueryable<TRow>> build, Func<IReadOnlyList<TRow>, IReadOnlyList<TValue>> shape)
        where TKey : notnull =>
        memo.TryKept<TKey, TRow>(ref _seen, name, key, out var kept) ? Task.FromResult(shape(kept)) : registry.LoadGroupAsync<TKey, TValue>(name, key, async (keys, ct) =>
        {
            var rows = await CompiledRowsAsync(name, keys, keyOf, build, ct);
            // GroupBy keeps the rows' order within each key: the statement's.
            return rows.GroupBy(keyOf).ToDictionary(g => g.Key, g => shape(g.ToList()));
        });

    /// <summary>
    /// A batch of lists per key whose <paramref name="fetch"/> reads through <see cref="CompiledRowsAsync"/> under
    /// statements other than the load's own key (a record's actors, read per owner for the roles asked together):
    /// these are always batched, as no one key of the load names one statement's rows.
    /// </summary>
    public Task<IReadOnlyList<TValue>> CompiledGroupsAsync<TKey, TValue>(string name, TKey key, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch)
        where TKey : notnull =>
        registry.LoadGroupAsync(name, key, fetch);

    /// <summary>A record of this kind by its key; null when none has it.</summary>
    public Task<TModel?> ByKeyAsync<TEntity, TModel>(RecordKind<TEntity, TModel> kind, int key)
        where TEntity : Tracked
        where TModel : SluggedModel =>
        ByKeyAsync(kind.ById, key);

    /// <summary>A record of this kind by its slug; null when none has it.</summary>
    public Task<TModel?> BySlugAsync<TEntity, TModel>(RecordKind<TEntity, TModel> kind, string slug)
        where TEntity : Tracked
        where TModel : SluggedModel =>
        ByKeyAsync(kind.BySlug, slug);

    /// <summary>
    /// The records a many-to-many link gives a record (a case's petitions), read with the link in one statement per
    /// batch and ordered by the load's order. Reading the keys and then the records through their kind's loader took
    /// two statements, each a round trip and, on PostgreSQL, a parse and plan of its own. The join form of
    /// SelectMany: the nested-select form needs SQL APPLY, which SQLite lacks. The statement is built only when it is
    /// compiled (<see cref="CompiledLoads"/>).
    /// </summary>
    public Task<IReadOnlyList<TModel>> LinkedAsync<TEntity, TLinked, TModel, TOrder>(LinkedLoad<TEntity, TLinked, TOrder> load, int key)
        where TEntity : Tracked
        where TLinked : Tracked
    {
        // A record's rows in the statement's order, then by the link's order (stable).
        IReadOnlyList<TModel> Ordered(IEnumerable<LinkedModel<TModel, TOrder>> rows) => rows.OrderBy(r => r.Order, load.Comparer).Select(r => r.Model).ToList();
        return GroupsAsync<int, LinkedModel<TModel, TOrder>, TModel>(
            load.Name, key, r => r.Owner, (db, within) => load.Set(db).Where(KeyPredicates.Within<TEntity, int>(e => e.Id, within)).SelectMany(load.Links, LinkedRow<TEntity, TLinked, TModel, TOrder>(load.OrderBy)), Ordered);
    }

    /// <summary>A linked record's row: its owner's key, its model, and the value it is ordered by.</summary>
    private Expression<Func<TEntity, TLinked, LinkedModel<TModel, TOrder>>> LinkedRow<TEntity, TLinked, TModel, TOrder>(Expression<Func<TLinked, TOrder>> orderBy)
        where TEntity : Tracked
    {
        var owner = Expression.Parameter(typeof(TEntity), "owner");
        var linked = orderBy.Parameters[0];
        var model = ModelProjection.Of<TLinked, TModel>(mapping, linked);
        return Expression.Lambda<Func<TEntity, TLinked, LinkedModel<TModel, TOrder>>>(
            ModelProjection.Row<LinkedModel<TModel, TOrder>>(Expression.Property(owner, nameof(Tracked.Id)), model, orderBy.Body), owner, linked);
    }

    /// <summary>Any per-key value computed in one statement per batch (counts, aggregates).</summary>
    public Task<TValue> ValueAsync<TValue>(string name, int key, Func<TrackerDbContext, IReadOnlyList<int>, CancellationToken, Task<Dictionary<int, TValue>>> fetch)
        where TValue : struct =>
        registry.LoadValueAsync<int, TValue>(name, key, async (keys, ct) =>
        {
            await using var lease = await database.RentAsync(ct);
            var db = lease.Db;
            return await fetch(db, keys, ct);
        });
}
