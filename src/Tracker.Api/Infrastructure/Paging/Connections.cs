using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// Builds connections whose filtering, sorting and keyset paging run in SQL, each read in its own turn on the
/// request's shared context (<see cref="RequestDatabase"/>: concurrent resolvers take turns, never run on it at once),
/// projected to API models with Mapster's projection beside the row's sort key values (its cursor). Nested
/// connections (a letter's signatures) go through DataLoaders: the pages of every parent in a batch are read in one
/// statement, whatever the number of parents (each parent's ordered LIMIT, united, for up to
/// <see cref="MaxParentsUnited"/> of them; a window function partitioned by parent for more). A page's or a count's rows are kept until the
/// data changes (<see cref="LoadMemo"/>, under the statement's <see cref="StatementKey"/>; a nested page's per
/// parent), so a request asking what another already asked at the same data version reads nothing.
/// </summary>
public sealed class Connections(RequestDatabase database, LoaderRegistry loaders, TypeAdapterConfig mapping, PagingOptions paging, LoadMemo memo)
{
    public Connection<TModel> Root<TEntity, TModel>(
        Func<TrackerDbContext, IQueryable<TEntity>> source,
        FilterMap<TEntity> filters,
        SortMap<TEntity> sorts,
        ConnectionArgs args,
        CancellationToken cancellationToken,
        Func<TModel, TModel>? finish = null)
    {
        var predicate = filters.Build(args.Where);
        return Sorted(
            typeof(TEntity).Name, db => predicate is null ? source(db) : source(db).Where(predicate), sorts, args, Projection<TEntity, TModel>(),
            cancellationToken, finish);
    }

    /// <summary>The root list of one kind of record, filtered and sorted by the kind's own maps.</summary>
    public Connection<TModel> Root<TEntity, TModel>(RecordKind<TEntity, TModel> kind, ConnectionArgs args, CancellationToken cancellationToken)
        where TEntity : Tracked
        where TModel : SluggedModel =>
        Root<TEntity, TModel>(kind.Table, kind.Filters, kind.Sorts, args, cancellationToken);

    /// <summary>
    /// A root list filtered by its own code and projected by hand (the audit log); <paramref name="name"/> tells
    /// its cursors from other lists'.
    /// </summary>
    public Connection<TModel> Sorted<TEntity, TModel>(
        string name,
        Func<TrackerDbContext, IQueryable<TEntity>> filtered,
        SortMap<TEntity> sorts,
        ConnectionArgs args,
        Expression<Func<TEntity, TModel>> projection,
        CancellationToken cancellationToken,
        Func<TModel, TModel>? finish = null)
    {
        var keys = sorts.Resolve(args.Order);
        var cursors = Cursors(name, args, keys);
        var page = PageArgs.Create(args.First, args.After, args.Last, args.Before, paging.MaxPageSize, cursors);
        var keyed = Keyed(projection, keys);
        return new Connection<TModel>(
            page,
            paging.DefaultPageSize,
            cursors,
            async (query, ct) =>
            {
                var rows = await KeptAsync("page", db =>
                {
                    var source = filtered(db);
                    var bounded = Bounded<TEntity>(source.Expression, keys, query);
                    var ordered = sorts.Apply(bounded, keys, query.Backward);
                    var limited = QueryMethods.Take<TEntity>(ordered, Boxed<int>.Of(query.Take));
                    return source.Provider.CreateQuery<TEntity>(limited).Select(keyed);
                }, static (page, ct) => page.ToListAsync(ct), ct);
                // What projection cannot carry (the day a list was read for) is set on each model afterwards.
                return finish is null ? rows : rows.Select(r => r with { Node = finish(r.Node) }).ToList<KeyedRow<TModel>>();
            },
            async ct => (await KeptAsync("count", filtered, static async (set, ct) => new List<int> { await set.CountAsync(ct) }, ct))[0],
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
        var keys = sorts.Resolve(args.Order);
        var cursors = Cursors(name, args, keys);
        var page = PageArgs.Create(args.First, args.After, args.Last, args.Before, paging.MaxPageSize, cursors);
        var predicate = filters.Build(args.Where);
        var queryKey = args.QueryKey;
        var keyed = Keyed(Projection<TEntity, TModel>(), keys);

        IQueryable<TEntity> Filtered(TrackerDbContext db) => predicate is null ? source(db) : source(db).Where(predicate);

        IQueryable<TEntity> OfParents(TrackerDbContext db, IReadOnlyList<int> parents) => Filtered(db).Where(KeyPredicates.In(parentKeyOf, parents));

        // The rows whose parent key equals parent (a value or a lambda's parameter).
        Expression<Func<TEntity, bool>> ParentIs(Expression parent)
        {
            var entity = Expression.Parameter(typeof(TEntity), "x");
            return Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(ParameterRebinder.Rebind(parentKeyOf, entity), parent), entity);
        }

        // One parent by equality, not as a list of one: SQLite reads "parent IN (json_each(@p))" from the index but
        // sorted the parent's rows again (all 1,000,000 of a letter, for 5 of them) whenever the page was small.
        IQueryable<TEntity> OfParent(TrackerDbContext db, int parent) => Filtered(db).Where(ParentIs(Boxed<int>.Of(parent)));

        IQueryable<KeyedRow<TModel>> PagesOf(TrackerDbContext db, IReadOnlyList<int> parents, PageQuery query)
        {
            IQueryable<TEntity> PageOf(IQueryable<TEntity> rows) => rows.Provider.CreateQuery<TEntity>(
                QueryMethods.Take<TEntity>(sorts.Apply(Bounded<TEntity>(rows.Expression, keys, query), keys, query.Backward), Boxed<int>.Of(query.Take)));

            if (parents.Count == 1)
            {
                // One parent (a letter's page of signatures, asked alone): an ordered LIMIT, which the database reads
                // from the (parent, sort key) index and stops after a page. The window below numbers every row of
                // the parent beyond the cursor before keeping a page's worth: 2 seconds for page 1 of a letter with
                // 1,000,000 signatures on SQLite.
                return PageOf(OfParent(db, parents[0])).Select(keyed);
            }
            if (parents.Count is > 1 and <= MaxParentsUnited)
            {
                // A few parents: each one's ordered LIMIT, united, so that a parent with a million rows among them
                // costs a page too (2.4 to 3.2 seconds through the window for three letters' first 5 signatures,
                // one of them with 1,000,000).
                var united = parents.Select(parent => PageOf(OfParent(db, parent))).Aggregate(Queryable.Concat);
                return united.Provider.CreateQuery<TEntity>(sorts.Apply(united.Expression, keys, query.Backward)).Select(keyed);
            }
            var scoped = OfParents(db, parents);
            // parents.SelectMany(k => scoped.Where(x => key(x) == k && beyond cursor).Order().Take()) becomes
            // ROW_NUMBER() OVER (PARTITION BY key).
            var k = Expression.Parameter(typeof(int), "k");
            var inner = QueryMethods.Where<TEntity>(scoped.Expression, ParentIs(k));
            var ordered = sorts.Apply(Bounded<TEntity>(inner, keys, query), keys, query.Backward);
            var limited = QueryMethods.Take<TEntity>(ordered, Boxed<int>.Of(query.Take));
            var selector = Expression.Lambda<Func<int, IEnumerable<TEntity>>>(limited, k);
            var rows = scoped.Select(parentKeyOf).Distinct().SelectMany(selector);
            // The join loses the window's order; sorting again keeps each parent's rows in page order.
            return rows.Provider.CreateQuery<TEntity>(sorts.Apply(rows.Expression, keys, query.Backward)).Select(keyed);
        }

        async Task<IReadOnlyDictionary<int, IReadOnlyList<KeyedRow<TModel>>>> FetchPages(IReadOnlyList<int> parents, PageQuery query, CancellationToken ct)
        {
            var list = await KeptByParentAsync("page", parents, r => parentKeyOfModel(r.Node), (db, of) => PagesOf(db, of, query), static (statement, ct) => statement.ToListAsync(ct), ct);
            return list.GroupBy(r => parentKeyOfModel(r.Node)).ToDictionary(g => g.Key, g => (IReadOnlyList<KeyedRow<TModel>>)g.ToList());
        }

        async Task<IReadOnlyDictionary<int, int>> FetchCounts(IReadOnlyList<int> parents, CancellationToken ct)
        {
            var counts = await KeptByParentAsync(
                "count", parents, c => c.Parent, (db, of) => OfParents(db, of).GroupBy(parentKeyOf).Select(g => new ParentCount(g.Key, g.Count())),
                static (statement, ct) => statement.ToListAsync(ct), ct);
            return counts.ToDictionary(c => c.Parent, c => c.Count);
        }

        return new Connection<TModel>(
            page,
            paging.DefaultPageSize,
            cursors,
            (query, _) => loaders.LoadGroupAsync<int, KeyedRow<TModel>>($"{name}|{queryKey}|{query.Key}", parentKey, (parents, ct) => FetchPages(parents, query, ct)),
            _ => loaders.LoadValueAsync<int, int>($"{name}#count|{queryKey}", parentKey, FetchCounts),
            cancellationToken);
    }

    /// <summary>A page of the children of one parent, as a <see cref="ChildList{TEntity, TModel}"/> declares them.</summary>
    public Connection<TModel> Children<TEntity, TModel>(ChildList<TEntity, TModel> list, int parentKey, ConnectionArgs args, CancellationToken cancellationToken) =>
        Children(list.Name, parentKey, list.ParentKeyOf, list.ParentKeyOfModel, list.Table, list.Filters, list.Sorts, args, cancellationToken);

    /// <summary>
    /// What <paramref name="read"/> reads of the statement <paramref name="build"/> makes (its rows, its count), kept
    /// across requests until the data changes when the statement's <see cref="StatementKey"/> can be written (every
    /// value it holds is known); <paramref name="kind"/> tells what was read. A statement whose answer is kept opens
    /// no connection.
    /// </summary>
    private async Task<IReadOnlyList<TRow>> KeptAsync<TSet, TRow>(
        string kind, Func<TrackerDbContext, IQueryable<TSet>> build, Func<IQueryable<TSet>, CancellationToken, Task<List<TRow>>> read, CancellationToken cancellationToken)
    {
        await using var lease = await database.RentAsync(open: false, cancellationToken);
        var statement = build(lease.Db);
        async Task<List<TRow>> ReadAsync(CancellationToken ct)
        {
            await lease.OpenAsync(ct);
            return await read(statement, ct);
        }
        return StatementKey.Of(statement.Expression) is { } key ? await memo.StatementAsync($"{kind} {key}", ReadAsync, cancellationToken) : await ReadAsync(cancellationToken);
    }

    /// <summary>
    /// The rows for <paramref name="parents"/> of a statement that reads each parent's rows independently of the
    /// others' (a window partitioned by parent, a count grouped by it), kept per parent: the key is the statement's
    /// with no parents (<see cref="StatementKey"/>: every other value it holds), and a parent's rows are the same
    /// whichever batch read them. Only the parents not kept are read.
    /// </summary>
    private async Task<List<TRow>> KeptByParentAsync<TRow>(
        string kind,
        IReadOnlyList<int> parents,
        Func<TRow, int> parentOf,
        Func<TrackerDbContext, IReadOnlyList<int>, IQueryable<TRow>> build,
        Func<IQueryable<TRow>, CancellationToken, Task<List<TRow>>> read,
        CancellationToken cancellationToken)
    {
        await using var lease = await database.RentAsync(open: false, cancellationToken);
        async Task<List<TRow>> ReadAsync(IReadOnlyList<int> of, CancellationToken ct)
        {
            await lease.OpenAsync(ct);
            return await read(build(lease.Db, of), ct);
        }
        return StatementKey.Of(build(lease.Db, []).Expression) is { } shape
            ? await memo.RowsAsync($"{kind} {shape}", parents, parentOf, ReadAsync, cancellationToken)
            : await ReadAsync(parents, cancellationToken);
    }

    /// <summary>Cursors of this connection under this order (its names and directions, or the default).</summary>
    private static CursorCodec Cursors(string name, ConnectionArgs args, IReadOnlyList<(LambdaExpression Key, bool Descending)> keys) =>
        new(name, System.Text.Json.JsonSerializer.Serialize(args.Order), keys.Select(k => k.Key.ReturnType).ToList());

    /// <summary>The rows between the query's cursors: beyond From (its own row included), short of To.</summary>
    private static Expression Bounded<TEntity>(Expression source, IReadOnlyList<(LambdaExpression Key, bool Descending)> keys, PageQuery query)
    {
        var result = source;
        if (query.From is { } from)
        {
            result = Where(result, KeysetPredicate.Beyond<TEntity>(keys, from, query.Backward, inclusive: true));
        }
        if (query.To is { } to)
        {
            // Short of "to" in the reading order is beyond it in the opposite one.
            result = Where(result, KeysetPredicate.Beyond<TEntity>(keys, to, !query.Backward, inclusive: false));
        }
        return result;
    }

    private static Expression Where<TEntity>(Expression source, Expression<Func<TEntity, bool>> predicate) =>
        QueryMethods.Where<TEntity>(source, predicate);

    /// <summary>Mapster's projection of the entity to the model (what ProjectToType would add to a query).</summary>
    private Expression<Func<TEntity, TModel>> Projection<TEntity, TModel>() => ModelProjection.Of<TEntity, TModel>(mapping);

    /// <summary>
    /// The model and the row's sort key values, read in the same statement: built once per resolved order (the
    /// <see cref="SortMap{T}"/> keeps one list per order asked) and projection (<see cref="ModelProjection"/> keeps
    /// one per model), and <see cref="StatementKey.Shared"/>, so that neither the tree nor its key's text is built on
    /// every page. At most <see cref="MaxProjectionsPerOrder"/> projections are kept per order (a hand-written
    /// projection built per call is never found again).
    /// </summary>
    private static Expression<Func<TEntity, KeyedRow<TModel>>> Keyed<TEntity, TModel>(
        Expression<Func<TEntity, TModel>> projection, IReadOnlyList<(LambdaExpression Key, bool Descending)> keys)
    {
        var byProjection = KeyedByOrder.GetValue(keys, static _ => new(ReferenceEqualityComparer.Instance));
        if (byProjection.TryGetValue(projection, out var kept))
        {
            return (Expression<Func<TEntity, KeyedRow<TModel>>>)kept;
        }
        var row = Expression.Parameter(typeof(TEntity), "row");
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(ParameterRebinder.Rebind(k.Key, row), typeof(object))));
        var constructor = typeof(KeyedRow<TModel>).GetConstructor([typeof(TModel), typeof(object?[])])!;
        var keyed = StatementKey.Shared(
            Expression.Lambda<Func<TEntity, KeyedRow<TModel>>>(Expression.New(constructor, ParameterRebinder.Rebind(projection, row), values), row));
        return byProjection.Count < MaxProjectionsPerOrder ? (Expression<Func<TEntity, KeyedRow<TModel>>>)byProjection.GetOrAdd(projection, keyed) : keyed;
    }

    /// <summary>The keyed projections built, by resolved order and then by projection (<see cref="Keyed"/>).</summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<LambdaExpression, LambdaExpression>> KeyedByOrder = new();

    private const int MaxProjectionsPerOrder = 16;

    /// <summary>
    /// The most parents whose pages are read as one statement of united LIMITs; a larger batch is read through the
    /// window. A statement is compiled once per number of parents, and SQLite unites at most 500 SELECTs.
    /// </summary>
    private const int MaxParentsUnited = 16;
}
