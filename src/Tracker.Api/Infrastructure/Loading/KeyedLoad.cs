using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// A load of one model per key (a primary key, a slug, a code), declared once, in a static field of its concept's
/// loaders or on its <see cref="RecordKind{TEntity, TModel}"/>, and read with <see cref="ModelLoader.ByKeyAsync{TEntity, TModel, TKey}(KeyedLoad{TEntity, TModel, TKey}, TKey)"/>.
/// A lambda written as an argument is an expression tree the compiler builds again on every call (a parameter, a
/// property looked up by reflection, a lambda): a profile of the status map, whose ~150 state lookups are answered
/// from the memo, found that building most of their time. Declared once, it is built once.
/// </summary>
/// <param name="Name">The DataLoader's and the compiled statement's name: it must not stand for two shapes.</param>
/// <param name="Set">The rows the key is looked for in; it must not capture request values (the statement is compiled once).</param>
/// <param name="KeyOf">The key's column.</param>
/// <param name="KeyOfModel">The key of a model read.</param>
public sealed record KeyedLoad<TEntity, TModel, TKey>(
    string Name, Func<TrackerDbContext, IQueryable<TEntity>> Set, Expression<Func<TEntity, TKey>> KeyOf, Func<TModel, TKey> KeyOfModel)
    where TModel : class
    where TKey : notnull;
