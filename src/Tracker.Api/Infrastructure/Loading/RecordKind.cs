using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// One kind of record as the API lists and loads it: its schema type name (global ids, DataLoader names), its
/// table, its slug, and the schema's filter and sort mapped onto it. A concept declares this once (in its query
/// maps); <see cref="Paging.Connections"/> lists the kind and <see cref="ModelLoader"/> loads it by key or slug.
/// </summary>
public sealed record RecordKind<TEntity, TModel>(
    string TypeName,
    Func<TrackerDbContext, IQueryable<TEntity>> Table,
    Expression<Func<TEntity, string>> Slug,
    FilterMap<TEntity> Filters,
    SortMap<TEntity> Sorts)
    where TEntity : Tracked
    where TModel : SluggedModel
{
    /// <summary>A record of this kind by its key, declared once (<see cref="KeyedLoad{TEntity, TModel, TKey}"/>).</summary>
    public KeyedLoad<TEntity, TModel, int> ById { get; } = new(TypeName, Table, e => e.Id, m => m.Key);

    /// <summary>A record of this kind by its slug.</summary>
    public KeyedLoad<TEntity, TModel, string> BySlug { get; } = new($"{TypeName}.slug", Table, Slug, m => m.Slug);
}
