using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// The DataLoaders' statements of a fixed shape (by key, by parent, a reverse link's keys), compiled once with
/// <see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(Expression{Func{TContext, TParam1, IQueryable{TResult}}})"/>
/// and kept for the application's life. A LINQ query otherwise costs, on every execution, the building of its
/// expression tree (the key predicate, Mapster's projection), EF Core's walk of that tree to pull out its
/// parameters, and the hashing and comparing of the whole tree to find it in the query cache. Only loads whose shape
/// depends on nothing but their name come here (the name is the cache key; a load that captures per-request values,
/// such as a day, keeps the LINQ path), so the cache holds one entry per loader in the code.
/// </summary>
/// <remarks>
/// A compiled query receives the batch's keys as a parameter, which EF Core sends as one SQL parameter per key (its
/// default for a parameterized collection; <c>EF.Parameter</c>, which makes it one array parameter, cannot wrap a
/// compiled query's parameter). That is cheap for a few keys and quadratic for thousands on SQLite (see
/// <see cref="KeyPredicates.In"/>), so a batch of more than <see cref="MaxCompiledKeys"/> keys runs as a LINQ query
/// with the keys in one array parameter, as before. Both forms return the same rows.
/// </remarks>
public sealed class CompiledLoads
{
    /// <summary>
    /// The most keys a batch sends as separate parameters of a compiled statement; EF Core pads their number to
    /// a few sizes, so that a handful of statements is prepared per loader.
    /// </summary>
    public const int MaxCompiledKeys = 100;

    private readonly ConcurrentDictionary<(string Name, Type Key, Type Result), object> _queries = new();

    /// <summary>
    /// The rows of the statement <paramref name="build"/> makes from the batch's keys (a <c>List&lt;TKey&gt;</c>
    /// expression, to filter on with <see cref="KeyPredicates.Within"/>): compiled the first time and run compiled
    /// after, unless the batch is larger than <see cref="MaxCompiledKeys"/>.
    /// </summary>
    public async Task<List<TResult>> ListAsync<TKey, TResult>(
        string name, TrackerDbContext db, IReadOnlyList<TKey> keys, Func<Expression, IQueryable<TResult>> build, CancellationToken cancellationToken)
    {
        if (keys.Count > MaxCompiledKeys)
        {
            return await build(KeyPredicates.AsOneParameter(keys)).ToListAsync(cancellationToken);
        }
        var query = (Func<TrackerDbContext, List<TKey>, IAsyncEnumerable<TResult>>)_queries.GetOrAdd((name, typeof(TKey), typeof(TResult)), _ =>
        {
            var parameter = Expression.Parameter(typeof(List<TKey>), "keys");
            // The query is built on a live context only to get its expression: its roots name entity types, not the
            // context, and each execution runs on the context it is given.
            var body = build(parameter).Expression;
            CapturedValueCheck.Refuse(body, name);
            var context = Expression.Parameter(typeof(TrackerDbContext), "db");
            return EF.CompileAsyncQuery(Expression.Lambda<Func<TrackerDbContext, List<TKey>, IQueryable<TResult>>>(body, context, parameter));
        });
        var rows = new List<TResult>(keys.Count);
        await foreach (var row in query(db, keys.ToList()).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }
        return rows;
    }
}
