using System.Diagnostics;
using Tracker.GraphQL.Diagnostics;

namespace Tracker.GraphQL.DataLoader;

/// <summary>
/// Batches and caches loads by key for one request. <see cref="LoadAsync"/> queues a key and returns a task
/// completed when the batch it joined is fetched; a key already loaded (or loading) in this request returns
/// the same task, so each key is fetched at most once.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDispatchableLoader
    where TKey : notnull
{
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache = [];
    private readonly List<TKey> _pending = [];
    private readonly object _gate = new();
    private readonly GraphQLTelemetry? _telemetry;

    protected DataLoaderBase(DataLoaderScope scope)
    {
        _telemetry = scope.Telemetry;
        scope.Register(this);
    }

    /// <summary>The loader's name in traces and metrics: a fixed name per kind of load, never a key or an argument.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>How many batch calls this loader made (diagnostics and tests).</summary>
    public int BatchCount { get; private set; }

    public bool HasPendingKeys
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    public Task<TValue> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }
            var promise = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            _cache[key] = promise;
            _pending.Add(key);
            return promise.Task;
        }
    }

    public async Task<IReadOnlyList<TValue>> LoadManyAsync(IEnumerable<TKey> keys) => await Task.WhenAll(keys.Select(LoadAsync).ToList());

    async Task IDispatchableLoader.DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        List<TaskCompletionSource<TValue>> promises;
        lock (_gate)
        {
            keys = [.. _pending];
            _pending.Clear();
            promises = keys.Select(k => _cache[k]).ToList();
            BatchCount++;
        }
        using var activity = Observe(keys.Count);
        try
        {
            var results = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < keys.Count; i++)
            {
                promises[i].TrySetResult(results.TryGetValue(keys[i], out var value) ? value : Missing(keys[i]));
            }
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            foreach (var promise in promises)
            {
                promise.TrySetException(exception);
            }
        }
    }

    /// <summary>Measures the batch's size and starts its span (null when nothing listens).</summary>
    private Activity? Observe(int size)
    {
        if (_telemetry is null)
        {
            return null;
        }
        var name = new KeyValuePair<string, object?>(GraphQLTelemetry.DataLoaderNameTag, Name);
        _telemetry.DataLoaderBatchSize.Record(size, name);
        var activity = _telemetry.ActivitySource.StartActivity(GraphQLTelemetry.DataLoaderBatchSpan);
        activity?.SetTag(GraphQLTelemetry.DataLoaderNameTag, Name);
        activity?.SetTag(GraphQLTelemetry.DataLoaderBatchSizeTag, size);
        return activity;
    }

    /// <summary>Fetches every key of one batch in one round trip.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the batch did not return.</summary>
    protected abstract TValue Missing(TKey key);
}

/// <summary>One value (or null) per key: an entity by id.</summary>
public abstract class BatchDataLoader<TKey, TValue>(DataLoaderScope scope) : DataLoaderBase<TKey, TValue?>(scope)
    where TKey : notnull
    where TValue : class
{
    protected override TValue? Missing(TKey key) => null;
}

/// <summary>A list of values per key: the children of each parent.</summary>
public abstract class GroupedDataLoader<TKey, TValue>(DataLoaderScope scope) : DataLoaderBase<TKey, IReadOnlyList<TValue>>(scope)
    where TKey : notnull
{
    protected override IReadOnlyList<TValue> Missing(TKey key) => [];
}
