using System.Linq.Expressions;
using Tracker.Api.Infrastructure.Filtering;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// Mapster's projection of an entity to its model as an expression (what ProjectToType would add to a query), so
/// that a statement can read the model beside other columns: a page's sort keys, a link's owner. The loaders that
/// read records with their links (<c>LinkLoaders</c>, <c>ActorLoaders</c>, <c>CitationLoaders</c>,
/// <c>ModelLoader.LinkedAsync</c>) build their rows with <see cref="Row{TRow}"/> and <see cref="Of{TEntity, TModel}(TypeAdapterConfig, Expression)"/>.
/// </summary>
public static class ModelProjection
{
    public static Expression<Func<TEntity, TModel>> Of<TEntity, TModel>(TypeAdapterConfig mapping)
    {
        var select = (MethodCallExpression)Enumerable.Empty<TEntity>().AsQueryable().ProjectToType<TModel>(mapping).Expression;
        return (Expression<Func<TEntity, TModel>>)((UnaryExpression)select.Arguments[1]).Operand;
    }

    /// <summary>The model of the entity another expression reaches (a link's navigation, a join's other side).</summary>
    public static Expression Of<TEntity, TModel>(TypeAdapterConfig mapping, Expression entity) =>
        ParameterRebinder.Rebind(Of<TEntity, TModel>(mapping), entity);

    /// <summary>
    /// A row built by <typeparamref name="TRow"/>'s constructor from these columns, in its parameters' order (a
    /// positional record: the owner's key, then the model and whatever else the statement reads beside it).
    /// </summary>
    public static NewExpression Row<TRow>(params Expression[] columns) =>
        Expression.New(typeof(TRow).GetConstructors()[0], columns);
}
