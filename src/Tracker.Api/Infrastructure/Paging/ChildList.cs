using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Paging;

/// <summary>
/// The records under one parent as a nested connection reads them (a letter's signatures): the list's name (its
/// cursors and DataLoader), the child's parent key in SQL and on the model, the rows that can have such a parent, and
/// the schema's filter and sort mapped onto them. Declared once beside the concept's query maps;
/// <see cref="Connections"/> pages it for any parent.
/// </summary>
public sealed record ChildList<TEntity, TModel>(
    string Name,
    Expression<Func<TEntity, int>> ParentKeyOf,
    Func<TModel, int> ParentKeyOfModel,
    Func<TrackerDbContext, IQueryable<TEntity>> Table,
    FilterMap<TEntity> Filters,
    SortMap<TEntity> Sorts);
