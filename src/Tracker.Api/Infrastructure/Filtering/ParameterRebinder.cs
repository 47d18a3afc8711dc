using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>Puts one lambda's body onto another lambda's parameter, so conditions built separately combine into one.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Rebind(LambdaExpression lambda, Expression to) => new ParameterRebinder(lambda.Parameters[0], to).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}

/// <summary>
/// Holds a value so that a query refers to it as a member of a constant: EF Core then sends it as a SQL
/// parameter instead of inlining it, so one query shape is compiled once whatever the values.
/// </summary>
internal sealed class Boxed<T>(T value)
{
    public T Value { get; } = value;

    public static Expression Of(T value) => Expression.Property(Expression.Constant(new Boxed<T>(value)), nameof(Value));
}
