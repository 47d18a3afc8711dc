using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure;

/// <summary>
/// DataLoaders that read API models by key or by parent key: one statement per batch, in its own turn on the
/// request's shared context (<see cref="RequestDatabase"/>), projected with Mapster. Each concept's loader class
/// names its loads on top of these.
/// </summary>
public sealed class ModelLoader(LoaderRegistry registry, RequestDatabase database, TypeAdapterConfig mapping)
{
    /// <summary>One model per key (a primary key, a slug, a code); null when nothing has it.</summary>
    public Task<TModel?> ByKeyAsync<TEntity, TModel, TKey>(
        string name, TKey key, Func<TrackerDbContext, IQueryable<TEntity>> set, Expression<Func<TEntity, TKey>> keyOf, Func<TModel, TKey> keyOfModel)
        where TModel : class
        where TKey : notnull =>
        registry.LoadAsync<TKey, TModel>(name, key, async (keys, ct) =>
        {
            await using var lease = await database.RentAsync(ct);
            var db = lease.Db;
            var models = await set(db).Where(KeyPredicates.In(keyOf, keys)).ProjectToType<TModel>(mapping).ToListAsync(ct);
            return models.ToDictionary(keyOfModel, m => (TModel?)m);
        });

    /// <summary>The models belonging to a parent, in the given order.</summary>
    public Task<IReadOnlyList<TModel>> ByParentAsync<TEntity, TModel>(
        string name,
        int parentKey,
        Func<TrackerDbContext, IQueryable<TEntity>> set,
        Expression<Func<TEntity, int>> parentKeyOf,
        Func<TModel, int> parentKeyOfModel,
        Func<IQueryable<TEntity>, IQueryable<TEntity>> order) =>
        registry.LoadGroupAsync<int, TModel>(name, parentKey, async (keys, ct) =>
        {
            await using var lease = await database.RentAsync(ct);
            var db = lease.Db;
            var models = await order(set(db).Where(KeyPredicates.In(parentKeyOf, keys))).ProjectToType<TModel>(mapping).ToListAsync(ct);
            return models.GroupBy(parentKeyOfModel).ToDictionary(g => g.Key, g => (IReadOnlyList<TModel>)g.ToList());
        });

    /// <summary>Any per-key value computed in one statement per batch (counts, aggregates).</summary>
    public Task<TValue> ValueAsync<TValue>(string name, int key, Func<TrackerDbContext, IReadOnlyList<int>, CancellationToken, Task<Dictionary<int, TValue>>> fetch)
        where TValue : struct =>
        registry.LoadValueAsync<int, TValue>(name, key, async (keys, ct) =>
        {
            await using var lease = await database.RentAsync(ct);
            var db = lease.Db;
            return await fetch(db, keys, ct);
        });

    /// <summary>Any per-key list computed in one statement per batch.</summary>
    public Task<IReadOnlyList<TValue>> ListAsync<TValue>(string name, int key, Func<TrackerDbContext, IReadOnlyList<int>, CancellationToken, Task<IReadOnlyDictionary<int, IReadOnlyList<TValue>>>> fetch) =>
        registry.LoadGroupAsync<int, TValue>(name, key, async (keys, ct) =>
        {
            await using var lease = await database.RentAsync(ct);
            var db = lease.Db;
            return await fetch(db, keys, ct);
        });
}
