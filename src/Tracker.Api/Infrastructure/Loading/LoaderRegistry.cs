using Tracker.GraphQL.DataLoader;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// The DataLoaders of one request, by name. Loaders whose query depends on arguments (a nested page with a
/// filter) are keyed by name and arguments, so identical nested fields under sibling items share one batch.
/// </summary>
public sealed class LoaderRegistry(DataLoaderScope scope)
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<TValue?> LoadAsync<TKey, TValue>(string name, TKey key, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue?>>> fetch)
        where TKey : notnull
        where TValue : class =>
        GetOrAdd(name, () => new FuncBatchLoader<TKey, TValue>(scope, Kind(name), fetch)).LoadAsync(key);

    /// <summary>A value per key with a default for keys the batch does not return (counts: 0).</summary>
    public Task<TValue> LoadValueAsync<TKey, TValue>(string name, TKey key, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
        where TValue : struct =>
        GetOrAdd(name, () => new FuncValueLoader<TKey, TValue>(scope, Kind(name), fetch)).LoadAsync(key);

    public Task<IReadOnlyList<TValue>> LoadGroupAsync<TKey, TValue>(string name, TKey key, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch)
        where TKey : notnull =>
        GetOrAdd(name, () => new FuncGroupedLoader<TKey, TValue>(scope, Kind(name), fetch)).LoadAsync(key);

    /// <summary>
    /// Drops every loader and what it cached, after a write this request committed: later loads read again. Loads
    /// already waiting for a batch keep their loader, which still runs them.
    /// </summary>
    public void Forget()
    {
        lock (_gate)
        {
            _loaders.Clear();
        }
    }

    /// <summary>
    /// The loader's name in traces and metrics: the name before its arguments (<c>signatures|{filter}|0|20</c> is
    /// <c>signatures</c>), so that a metric's tags stay as few as the loaders in the code.
    /// </summary>
    private static string Kind(string name) => name.IndexOf('|') is var bar and >= 0 ? name[..bar] : name;

    private TLoader GetOrAdd<TLoader>(string name, Func<TLoader> create)
        where TLoader : class
    {
        lock (_gate)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                _loaders[name] = loader = create();
            }
            return (TLoader)loader;
        }
    }

    private sealed class FuncBatchLoader<TKey, TValue>(DataLoaderScope scope, string kind, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue?>>> fetch)
        : BatchDataLoader<TKey, TValue>(scope)
        where TKey : notnull
        where TValue : class
    {
        public override string Name => kind;

        protected override Task<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) => fetch(keys, cancellationToken);
    }

    private sealed class FuncValueLoader<TKey, TValue>(DataLoaderScope scope, string kind, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        : DataLoaderBase<TKey, TValue>(scope)
        where TKey : notnull
        where TValue : struct
    {
        public override string Name => kind;

        protected override Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) => fetch(keys, cancellationToken);

        protected override TValue Missing(TKey key) => default;
    }

    private sealed class FuncGroupedLoader<TKey, TValue>(DataLoaderScope scope, string kind, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch)
        : GroupedDataLoader<TKey, TValue>(scope)
        where TKey : notnull
    {
        public override string Name => kind;

        protected override Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) => fetch(keys, cancellationToken);
    }
}
