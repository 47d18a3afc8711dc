using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// The WHERE condition of a keyset page: the rows that come after a cursor's row in the sort order. The row-value
/// comparison <c>(k1, k2, id) &gt; (v1, v2, vid)</c> is written out as
/// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR (k1 = v1 AND k2 = v2 AND id &gt; vid)</c>, which EF Core translates
/// on SQLite and PostgreSQL alike and which can honour each key's own direction and the nulls rule of
/// <see cref="SortMap{T}"/>: an unknown value sorts below every known one (first ascending, last descending).
/// Values go as SQL parameters, so every page of one connection and order runs the same compiled statement.
/// </summary>
internal static class KeysetPredicate
{
    private static readonly System.Reflection.MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>
    /// Rows beyond the cursor's when reading in the keys' order (<paramref name="reversed"/>: the opposite order);
    /// <paramref name="inclusive"/> lets the cursor's own row through too, to learn whether it still exists.
    /// </summary>
    public static Expression<Func<T, bool>> Beyond<T>(
        IReadOnlyList<(LambdaExpression Key, bool Descending)> keys, IReadOnlyList<object?> values, bool reversed, bool inclusive)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? beyond = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = ParameterRebinder.Rebind(keys[i].Key, row);
            var later = Later(key, values[i], keys[i].Descending != reversed);
            var term = equalSoFar is null ? later : Expression.AndAlso(equalSoFar, later);
            beyond = beyond is null ? term : Expression.OrElse(beyond, term);
            var equal = Equal(key, values[i]);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        if (inclusive)
        {
            beyond = Expression.OrElse(beyond!, equalSoFar!);
        }
        if (keys.Count > 1 && SeekBound(ParameterRebinder.Rebind(keys[0].Key, row), values[0], keys[0].Descending != reversed) is { } bound)
        {
            beyond = Expression.AndAlso(bound, beyond!);
        }
        return Expression.Lambda<Func<T, bool>>(beyond!, row);
    }

    /// <summary>
    /// The first key at or past its value, implied by the OR above but written out so that the database can seek
    /// its index there: with the parent by equality, SQLite otherwise read a letter's signatures from the start of
    /// its index to the cursor (150 ms at row 999,900). Only for numbers and dates that are never null (a null or an
    /// enum would need its own terms).
    /// </summary>
    private static BinaryExpression? SeekBound(Expression key, object? value, bool descending)
    {
        if (value is null || !key.Type.IsValueType || Nullable.GetUnderlyingType(key.Type) is not null || key.Type.IsEnum || key.Type == typeof(bool))
        {
            return null;
        }
        var parameter = Parameter(value, key.Type);
        return descending ? Expression.LessThanOrEqual(key, parameter) : Expression.GreaterThanOrEqual(key, parameter);
    }

    /// <summary>The key's value comes after <paramref name="value"/> in the given direction, nulls lowest.</summary>
    private static Expression Later(Expression key, object? value, bool descending)
    {
        var nullable = !key.Type.IsValueType || Nullable.GetUnderlyingType(key.Type) is not null;
        if (value is null)
        {
            // Nothing is lower than unknown; every known value is higher.
            return descending ? Expression.Constant(false) : Expression.NotEqual(key, Expression.Constant(null, key.Type));
        }
        var compared = Compare(key, value, descending);
        return nullable && descending ? Expression.OrElse(compared, Expression.Equal(key, Expression.Constant(null, key.Type))) : compared;
    }

    private static Expression Compare(Expression key, object value, bool descending)
    {
        var type = Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        if (type == typeof(string))
        {
            // EF Core turns string.Compare(a, b) > 0 into a > b, compared by the column's collation, as ORDER BY is.
            var compare = Expression.Call(StringCompare, key, Parameter(value, key.Type));
            return descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
        }
        if (type.IsEnum || type == typeof(bool))
        {
            // Enums are stored as their names and so sort by name; the members on the far side are few, listed.
            var members = type.IsEnum ? Enum.GetValues(type).Cast<object>() : [false, true];
            var beyond = members.Where(m => Order(m, value) is var order && (descending ? order < 0 : order > 0))
                .Select(m => (Expression)Expression.Equal(key, Expression.Constant(m, key.Type)));
            return beyond.Aggregate<Expression, Expression>(Expression.Constant(false), (all, one) => all is ConstantExpression ? one : Expression.OrElse(all, one));
        }
        var parameter = Parameter(value, key.Type);
        return descending ? Expression.LessThan(key, parameter) : Expression.GreaterThan(key, parameter);
    }

    /// <summary>How the database orders two members: enums by their stored names, byte by byte; false before true.</summary>
    private static int Order(object member, object value) =>
        member is bool flag ? flag.CompareTo((bool)value) : string.CompareOrdinal(member.ToString(), value.ToString());

    private static Expression Equal(Expression key, object? value) =>
        value is null ? Expression.Equal(key, Expression.Constant(null, key.Type))
        : key.Type.IsEnum || Nullable.GetUnderlyingType(key.Type)?.IsEnum == true ? Expression.Equal(key, Expression.Constant(value, key.Type))
        : Expression.Equal(key, Parameter(value, key.Type));

    /// <summary>A value EF Core sends as a parameter (see <see cref="Boxed{T}"/>), typed as the key.</summary>
    private static Expression Parameter(object value, Type type) =>
        Expression.Property(Expression.Constant(Activator.CreateInstance(typeof(Boxed<>).MakeGenericType(type), value)), "Value");
}
