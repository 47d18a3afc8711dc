namespace Tracker.GraphQL.DataLoader;

/// <summary>One value (or null) per key: an entity by id.</summary>
public abstract class BatchDataLoader<TKey, TValue>(DataLoaderScope scope) : DataLoaderBase<TKey, TValue?>(scope)
    where TKey : notnull
    where TValue : class
{
    protected override TValue? Missing(TKey key) => null;
}
