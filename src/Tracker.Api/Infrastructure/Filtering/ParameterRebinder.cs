using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>Puts one lambda's body onto another lambda's parameter, so conditions built separately combine into one.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Rebind(LambdaExpression lambda, Expression to) => new ParameterRebinder(lambda.Parameters[0], to).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
