using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// Builds connections whose filtering, sorting and paging run in SQL, each read on its own DbContext from the
/// factory (so concurrent resolvers never share one), projected to API models with Mapster's ProjectToType.
/// Nested connections (a letter's signatures) go through DataLoaders: the pages of every parent in a batch are
/// read in one statement with a window function, whatever the number of parents.
/// </summary>
public sealed class Connections(IDbContextFactory<TrackerDbContext> factory, LoaderRegistry loaders, TypeAdapterConfig mapping, PagingOptions paging)
{
    public Connection<TModel> Root<TEntity, TModel>(
        Func<TrackerDbContext, IQueryable<TEntity>> source,
        FilterMap<TEntity> filters,
        SortMap<TEntity> sorts,
        ConnectionArgs args,
        CancellationToken cancellationToken,
        Func<TModel, TModel>? finish = null)
    {
        var page = PageArgs.Create(args.First, args.After, args.Last, args.Before, paging.MaxPageSize);
        var predicate = filters.Build(args.Where);
        IQueryable<TEntity> Filtered(TrackerDbContext db) => predicate is null ? source(db) : source(db).Where(predicate);
        return new Connection<TModel>(
            page,
            paging.DefaultPageSize,
            async (skip, take, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                var models = await sorts.Apply(Filtered(db), args.Order).Skip(skip).Take(take).ProjectToType<TModel>(mapping).ToListAsync(ct);
                // What projection cannot carry (the day a list was read for) is set on each model afterwards.
                return finish is null ? models : models.Select(finish).ToList();
            },
            async ct =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                return await Filtered(db).CountAsync(ct);
            },
            cancellationToken);
    }

    /// <summary>A page of the children of one parent; sibling parents asking for the same page share one query.</summary>
    public Connection<TModel> Children<TEntity, TModel>(
        string name,
        int parentKey,
        Expression<Func<TEntity, int>> parentKeyOf,
        Func<TModel, int> parentKeyOfModel,
        Func<TrackerDbContext, IQueryable<TEntity>> source,
        FilterMap<TEntity> filters,
        SortMap<TEntity> sorts,
        ConnectionArgs args,
        CancellationToken cancellationToken)
    {
        var page = PageArgs.Create(args.First, args.After, args.Last, args.Before, paging.MaxPageSize);
        var predicate = filters.Build(args.Where);
        var queryKey = args.QueryKey;

        IQueryable<TEntity> OfParents(TrackerDbContext db, IReadOnlyList<int> keys)
        {
            var query = predicate is null ? source(db) : source(db).Where(predicate);
            return query.Where(KeyPredicates.In(parentKeyOf, keys));
        }

        async Task<IReadOnlyDictionary<int, IReadOnlyList<TModel>>> FetchPages(IReadOnlyList<int> keys, int skip, int take, CancellationToken ct)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var scoped = OfParents(db, keys);
            // parents.SelectMany(k => scoped.Where(x => key(x) == k).Order().Skip().Take()) becomes ROW_NUMBER() OVER (PARTITION BY key).
            var k = Expression.Parameter(typeof(int), "k");
            var entity = Expression.Parameter(typeof(TEntity), "x");
            var sameParent = Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(ParameterRebinder.Rebind(parentKeyOf, entity), k), entity);
            var inner = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TEntity)], scoped.Expression, Expression.Quote(sameParent));
            var ordered = sorts.Apply(inner, args.Order);
            var paged = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(TEntity)],
                Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(TEntity)], ordered, Boxed<int>.Of(skip)), Boxed<int>.Of(take));
            var selector = Expression.Lambda<Func<int, IEnumerable<TEntity>>>(paged, k);
            var rows = scoped.Select(parentKeyOf).Distinct().SelectMany(selector);
            // The join loses the window's order; sorting again keeps each parent's rows in page order.
            var list = await sorts.Apply(rows, args.Order).ProjectToType<TModel>(mapping).ToListAsync(ct);
            return list.GroupBy(parentKeyOfModel).ToDictionary(g => g.Key, g => (IReadOnlyList<TModel>)g.ToList());
        }

        async Task<IReadOnlyDictionary<int, int>> FetchCounts(IReadOnlyList<int> keys, CancellationToken ct)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await OfParents(db, keys).GroupBy(parentKeyOf).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        }

        return new Connection<TModel>(
            page,
            paging.DefaultPageSize,
            (skip, take, _) => loaders.LoadGroupAsync<int, TModel>($"{name}|{queryKey}|{skip}|{take}", parentKey, (keys, ct) => FetchPages(keys, skip, take, ct)),
            _ => loaders.LoadValueAsync<int, int>($"{name}#count|{queryKey}", parentKey, FetchCounts),
            cancellationToken);
    }
}
