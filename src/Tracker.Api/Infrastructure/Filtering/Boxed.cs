using System.Linq.Expressions;
using System.Reflection;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>
/// Holds a value so that a query refers to it as a member of a constant: EF Core then sends it as a SQL
/// parameter instead of inlining it, so one query shape is compiled once whatever the values.
/// </summary>
internal sealed class Boxed<T>(T value)
{
    public T Value { get; } = value;

    // The property is looked up once per type: every page, cursor and filter value of a request is boxed.
    private static readonly PropertyInfo ValueProperty = typeof(Boxed<T>).GetProperty(nameof(Value))!;

    public static Expression Of(T value) => Expression.Property(Expression.Constant(new Boxed<T>(value)), ValueProperty);
}
