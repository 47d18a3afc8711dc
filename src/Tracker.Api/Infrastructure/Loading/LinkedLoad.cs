using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// The records a many-to-many link gives a record (a letter's organisers, a case's petitions), declared once in a
/// static field of its concept's loaders and read with <see cref="ModelLoader.LinkedAsync{TEntity, TLinked, TModel, TOrder}"/>:
/// as with <see cref="KeyedLoad{TEntity, TModel, TKey}"/>, its lambdas are built once rather than on every call.
/// </summary>
/// <param name="Name">The DataLoader's and the compiled statement's name.</param>
/// <param name="Set">The owners' table; it must not capture request values.</param>
/// <param name="Links">The owner's navigation to the linked records.</param>
/// <param name="OrderBy">The linked records' order, applied with <see cref="Comparer"/> (or the default one).</param>
public sealed record LinkedLoad<TEntity, TLinked, TOrder>(
    string Name,
    Func<TrackerDbContext, IQueryable<TEntity>> Set,
    Expression<Func<TEntity, IEnumerable<TLinked>>> Links,
    Expression<Func<TLinked, TOrder>> OrderBy,
    IComparer<TOrder>? Comparer = null)
    where TEntity : Tracked
    where TLinked : Tracked;
