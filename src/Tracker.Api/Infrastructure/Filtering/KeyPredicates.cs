using System.Linq.Expressions;
using System.Reflection;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>Predicates on a key member, built on expression trees so EF Core translates them to <c>IN (...)</c>.</summary>
public static class KeyPredicates
{
    /// <summary>
    /// The keys go as one array parameter, as filters' <c>in</c> lists do (see <see cref="Operators"/>): a DataLoader
    /// batch holds a key per parent, 10,000 for a page of 100 letters with 100 signatures each, and SQLite binds one
    /// parameter per key in quadratic time (10,000 keys took about a second of CPU).
    /// </summary>
    public static Expression<Func<TEntity, bool>> In<TEntity, TKey>(Expression<Func<TEntity, TKey>> keyOf, IEnumerable<TKey> keys) =>
        Within(keyOf, AsOneParameter(keys));

    /// <summary>The keys as the one array parameter <see cref="In"/> sends.</summary>
    public static Expression AsOneParameter<TKey>(IEnumerable<TKey> keys) => Expression.Call(Methods<TKey>.Parameter, Boxed<List<TKey>>.Of(keys.ToList()));

    /// <summary>
    /// The key among <paramref name="keys"/>, a <c>List&lt;TKey&gt;</c> expression: <see cref="AsOneParameter"/>, or a
    /// compiled query's parameter (<see cref="CompiledLoads"/>).
    /// </summary>
    // The key lambda's own parameter and body are reused (a lambda's parameter may appear in several trees), and the
    // generic methods are looked up once per key type: this runs for every statement a DataLoader sends.
    public static Expression<Func<TEntity, bool>> Within<TEntity, TKey>(Expression<Func<TEntity, TKey>> keyOf, Expression keys) =>
        Expression.Lambda<Func<TEntity, bool>>(Among<TKey>(keyOf.Body, keys), keyOf.Parameters);

    /// <summary><c>keys.Contains(key)</c>, <paramref name="keys"/> a <c>List&lt;TKey&gt;</c> expression.</summary>
    public static Expression Among<TKey>(Expression key, Expression keys) => Expression.Call(Methods<TKey>.Contains, keys, key);

    private static class Methods<TKey>
    {
        public static readonly MethodInfo Parameter = typeof(EF).GetMethod(nameof(EF.Parameter))!.MakeGenericMethod(typeof(List<TKey>));

        public static readonly MethodInfo Contains = new Func<IEnumerable<TKey>, TKey, bool>(Enumerable.Contains).Method;
    }
}
