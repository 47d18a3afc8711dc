namespace Tracker.GraphQL.DataLoader;

/// <summary>A list of values per key: the children of each parent.</summary>
public abstract class GroupedDataLoader<TKey, TValue>(DataLoaderScope scope) : DataLoaderBase<TKey, IReadOnlyList<TValue>>(scope)
    where TKey : notnull
{
    protected override IReadOnlyList<TValue> Missing(TKey key) => [];
}
