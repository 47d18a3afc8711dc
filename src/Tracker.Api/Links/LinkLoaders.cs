using System.Linq.Expressions;

namespace Tracker.Api.Links;

/// <summary>
/// One DataLoader for every reverse link (<see cref="ReverseLinks"/>): the records linked to each owner of a batch,
/// with their links, in one statement per link and batch whatever the number of owners.
/// </summary>
public sealed class LinkLoaders(ModelLoader loader, TypeAdapterConfig mapping)
{
    /// <summary>
    /// The records linked to this owner, in the link's order: the link's rows joined to the records' table
    /// (<paramref name="table"/>, the linked kind's), in one statement per link and batch. Reading the keys and then
    /// the records through their kind's by-key loader took two statements, each a round trip and, on PostgreSQL, a
    /// parse and plan of its own; a record also reached another way in the request is now read twice, as it was
    /// before the by-key loader's cache existed, with the same answer.
    /// </summary>
    public Task<IReadOnlyList<TModel>> RecordsAsync<TEntity, TModel>(Link link, int ownerKey, Func<TrackerDbContext, IQueryable<TEntity>> table)
        where TEntity : Tracked
    {
        // The rows come in the link's order.
        return loader.GroupsAsync<int, LinkedRecord<TModel>, TModel>(
            link.LoadName, ownerKey, r => r.Owner, (db, within) => link.Rows(db, within).Join(table(db), r => r.Target, e => e.Id, Joined<TEntity, TModel>()),
            static rows => rows.Select(r => r.Model).ToList());
    }

    /// <summary>The records of this kind linked to this owner, in the link's order.</summary>
    public Task<IReadOnlyList<TModel>> RecordsAsync<TEntity, TModel>(Link link, int ownerKey, RecordKind<TEntity, TModel> kind)
        where TEntity : Tracked
        where TModel : SluggedModel =>
        RecordsAsync<TEntity, TModel>(link, ownerKey, kind.Table);

    private Expression<Func<LinkRow, TEntity, LinkedRecord<TModel>>> Joined<TEntity, TModel>()
    {
        var row = Expression.Parameter(typeof(LinkRow), "row");
        var projection = ModelProjection.Of<TEntity, TModel>(mapping);
        var record = projection.Parameters[0];
        return Expression.Lambda<Func<LinkRow, TEntity, LinkedRecord<TModel>>>(
            ModelProjection.Row<LinkedRecord<TModel>>(Expression.Property(row, nameof(LinkRow.Owner)), projection.Body), row, record);
    }
}
