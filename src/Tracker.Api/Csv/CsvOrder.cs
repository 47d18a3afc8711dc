using System.Linq.Expressions;

namespace Tracker.Api.Csv;

/// <summary>The orders a download's rows come in, so every dated kind reads the same way in a spreadsheet.</summary>
internal static class CsvOrder
{
    /// <summary>By a date, oldest first, the undated last (SQLite and PostgreSQL put nulls at opposite ends otherwise); then as entered.</summary>
    public static Func<IQueryable<T>, IOrderedQueryable<T>> OldestFirst<T>(Expression<Func<T, DateOnly?>> date)
        where T : Tracked
    {
        var undated = Expression.Lambda<Func<T, bool>>(Expression.Equal(date.Body, Expression.Constant(null, typeof(DateOnly?))), date.Parameters);
        return rows => rows.OrderBy(undated).ThenBy(date).ThenBy(r => r.Id);
    }

    /// <summary>By a normalised name (case and accents aside), as the API sorts names; then as entered.</summary>
    public static Func<IQueryable<T>, IOrderedQueryable<T>> ByName<T>(Expression<Func<T, string>> normalizedName)
        where T : Tracked => rows => rows.OrderBy(normalizedName).ThenBy(r => r.Id);
}
