using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>
/// Calls of LINQ's generic methods for the query trees built per request (pages, sorts, filters), each method closed
/// over its types once per process. <c>Expression.Call(typeof(Queryable), "Take", ...)</c> looks the method up by
/// name every time: it copies all of <see cref="Queryable"/>'s methods into a new array and tries each of that name,
/// which was the largest share of the reflection a README query paid per statement.
/// </summary>
internal static class QueryMethods
{
    private static readonly ConcurrentDictionary<(MethodInfo Definition, Type First, Type? Second), MethodInfo> Closed = new();

    private static readonly MethodInfo AnyElement = new Func<IEnumerable<object>, bool>(Enumerable.Any).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo AnyMatching =
        new Func<IEnumerable<object>, Func<object, bool>, bool>(Enumerable.Any).Method.GetGenericMethodDefinition();

    public static MethodCallExpression Where<T>(Expression source, LambdaExpression predicate) =>
        Expression.Call(Close(QueryableMethods.Where, typeof(T)), source, Expression.Quote(predicate));

    public static MethodCallExpression Take<T>(Expression source, Expression count) =>
        Expression.Call(Close(QueryableMethods.Take, typeof(T)), source, count);

    /// <summary><c>OrderBy</c>, <c>OrderByDescending</c>, <c>ThenBy</c> or <c>ThenByDescending</c>.</summary>
    public static MethodCallExpression Order<T>(Expression source, LambdaExpression selector, bool first, bool descending)
    {
        var definition = (first, descending) switch
        {
            (true, false) => QueryableMethods.OrderBy,
            (true, true) => QueryableMethods.OrderByDescending,
            (false, false) => QueryableMethods.ThenBy,
            (false, true) => QueryableMethods.ThenByDescending,
        };
        return Expression.Call(Close(definition, typeof(T), selector.ReturnType), source, Expression.Quote(selector));
    }

    /// <summary><c>Enumerable.Any(elements)</c>, or with a condition on each element.</summary>
    public static MethodCallExpression Any<TElement>(Expression elements, LambdaExpression? condition) =>
        condition is null
            ? Expression.Call(Close(AnyElement, typeof(TElement)), elements)
            : Expression.Call(Close(AnyMatching, typeof(TElement)), elements, condition);

    private static MethodInfo Close(MethodInfo definition, Type first, Type? second = null) =>
        Closed.GetOrAdd((definition, first, second), static key =>
            key.Second is null ? key.Definition.MakeGenericMethod(key.First) : key.Definition.MakeGenericMethod(key.First, key.Second));
}
