using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>
/// One key of a <see cref="SortMap{T}"/>'s default order: written typed (so the key's type is inferred and checked)
/// and kept untyped, as the map keeps keys of any type.
/// </summary>
internal static class SortKey<T>
{
    public static (LambdaExpression Key, bool Descending) Ascending<TKey>(Expression<Func<T, TKey>> key) => (key, false);

    public static (LambdaExpression Key, bool Descending) Descending<TKey>(Expression<Func<T, TKey>> key) => (key, true);
}
