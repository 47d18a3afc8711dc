using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>
/// Rows that belong to records of several kinds, read for a batch of owners of one kind (citations, actor links): the
/// owner's key is the row's column named after the kind (<c>LetterId</c> for a letter), and is read into the row's
/// projection, so one projection serves every kind of owner in SQL.
/// </summary>
internal static class OwnerRows
{
    /// <summary>The column holding the key of an owner of this kind; a kind without one fails loudly.</summary>
    public static Expression<Func<T, int>> Column<T>(string ownerKind)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var column = typeof(T).GetProperty(ownerKind + "Id")
            ?? throw new ArgumentOutOfRangeException(nameof(ownerKind), ownerKind, $"{typeof(T).Name} has no column for an owner of this kind.");
        Expression key = Expression.Property(row, column);
        if (key.Type == typeof(int?))
        {
            key = Expression.Property(key, nameof(Nullable<int>.Value));
        }
        return Expression.Lambda<Func<T, int>>(key, row);
    }

    /// <summary>The row's projection with the owner's key (<paramref name="ownerOf"/>) in place of its second parameter.</summary>
    public static Expression<Func<T, TRow>> Projection<T, TRow>(Expression<Func<T, int>> ownerOf, Expression<Func<T, int, TRow>> row)
    {
        var item = ownerOf.Parameters[0];
        var withOwner = new ParameterRebinder(row.Parameters[1], ownerOf.Body).Visit(row.Body);
        return Expression.Lambda<Func<T, TRow>>(new ParameterRebinder(row.Parameters[0], item).Visit(withOwner), item);
    }
}
