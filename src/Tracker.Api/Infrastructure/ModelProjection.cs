using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure;

/// <summary>
/// Mapster's projection of an entity to its model as an expression (what ProjectToType would add to a query), so
/// that a statement can read the model beside other columns: a page's sort keys, a link's owner.
/// </summary>
public static class ModelProjection
{
    public static Expression<Func<TEntity, TModel>> Of<TEntity, TModel>(TypeAdapterConfig mapping)
    {
        var select = (MethodCallExpression)Enumerable.Empty<TEntity>().AsQueryable().ProjectToType<TModel>(mapping).Expression;
        return (Expression<Func<TEntity, TModel>>)((UnaryExpression)select.Arguments[1]).Operand;
    }
}
