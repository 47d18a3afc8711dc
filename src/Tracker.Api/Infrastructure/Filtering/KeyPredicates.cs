using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>Predicates on a key member, built on expression trees so EF Core translates them to <c>IN (...)</c>.</summary>
public static class KeyPredicates
{
    /// <summary>
    /// The keys go as one array parameter, as filters' <c>in</c> lists do (see <see cref="Operators"/>): a DataLoader
    /// batch holds a key per parent, 10,000 for a page of 100 letters with 100 signatures each, and SQLite binds one
    /// parameter per key in quadratic time (10,000 keys took about a second of CPU).
    /// </summary>
    public static Expression<Func<TEntity, bool>> In<TEntity, TKey>(Expression<Func<TEntity, TKey>> keyOf, IEnumerable<TKey> keys)
    {
        var entity = Expression.Parameter(typeof(TEntity), "x");
        var parameter = Expression.Call(typeof(EF), nameof(EF.Parameter), [typeof(List<TKey>)], Boxed<List<TKey>>.Of(keys.ToList()));
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], parameter, ParameterRebinder.Rebind(keyOf, entity));
        return Expression.Lambda<Func<TEntity, bool>>(contains, entity);
    }
}
