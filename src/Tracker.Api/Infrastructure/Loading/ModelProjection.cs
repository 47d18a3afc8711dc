using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
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
    /// <summary>
    /// The projection, built once per mapping and pair of types and shared (expression trees never change): asking
    /// Mapster for it on every page was a measurable part of a page's cost, and one object lets what is built from it
    /// be kept too (a page's <c>KeyedRow</c> projection, its <see cref="StatementKey"/> text).
    /// </summary>
    public static Expression<Func<TEntity, TModel>> Of<TEntity, TModel>(TypeAdapterConfig mapping) =>
        (Expression<Func<TEntity, TModel>>)Built.GetValue(mapping, static _ => new()).GetOrAdd((typeof(TEntity), typeof(TModel)), static (_, mapping) =>
        {
            var select = (MethodCallExpression)Enumerable.Empty<TEntity>().AsQueryable().ProjectToType<TModel>(mapping).Expression;
            return ((UnaryExpression)select.Arguments[1]).Operand;
        }, mapping);

    private static readonly ConditionalWeakTable<TypeAdapterConfig, ConcurrentDictionary<(Type Entity, Type Model), Expression>> Built = new();

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
