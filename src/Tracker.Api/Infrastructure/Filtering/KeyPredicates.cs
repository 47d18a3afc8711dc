using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>Predicates on a key member, built on expression trees so EF Core translates them to <c>IN (...)</c>.</summary>
public static class KeyPredicates
{
    public static Expression<Func<TEntity, bool>> In<TEntity, TKey>(Expression<Func<TEntity, TKey>> keyOf, IEnumerable<TKey> keys)
    {
        var entity = Expression.Parameter(typeof(TEntity), "x");
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], Boxed<List<TKey>>.Of(keys.ToList()), ParameterRebinder.Rebind(keyOf, entity));
        return Expression.Lambda<Func<TEntity, bool>>(contains, entity);
    }
}
