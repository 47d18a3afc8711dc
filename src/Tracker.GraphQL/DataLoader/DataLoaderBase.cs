using System.Diagnostics;
using Tracker.GraphQL.Diagnostics;

namespace Tracker.GraphQL.DataLoader;

/// <summary>
/// Batches and caches loads by key for one request. <see cref="LoadAsync"/> queues a key and returns a task
/// completed when the batch it joined is fetched; a key already loaded (or loading) in this request returns
/// the same task, so each key is fetched at most once.
/// </summary>
/// <remarks>
/// A batch's callers are completed on the context that dispatched it (the executor's, which dispatches only when
/// nothing else can run), one after the other, before that context looks for work again: a caller that continues
/// with <c>ConfigureAwait(false)</c> runs right there, and the loads it queues next join the next batch with its
/// siblings' instead of trickling in from the thread pool. A key queued from elsewhere wakes the executor
/// (<see cref="DataLoaderScope.WhenWorkQueued"/>).
/// </remarks>
public abstract class DataLoaderBase<TKey, TValue> : IDispatchableLoader
    where TKey : notnull
{
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache = [];
    private readonly List<TKey> _pending = [];
    private readonly object _gate = new();
    private readonly GraphQLTelemetry? _telemetry;
    private readonly DataLoaderScope _scope;

    protected DataLoaderBase(DataLoaderScope scope)
    {
        _scope = scope;
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
        TaskCompletionSource<TValue> promise;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }
            // Continuations run where the batch completes them (see Complete), not queued to the thread pool.
            promise = new TaskCompletionSource<TValue>();
            _cache[key] = promise;
            _pending.Add(key);
        }
        _scope.KeyQueued();
        return promise.Task;
    }

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
        TValue[] values;
        try
        {
            // Back on the dispatching context (the executor's) afterwards: the callers are completed there.
            var results = await FetchAsync(keys, cancellationToken);
            values = [.. keys.Select(key => results.TryGetValue(key, out var value) ? value : Missing(key))];
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            Complete(() =>
            {
                foreach (var promise in promises)
                {
                    promise.TrySetException(exception);
                }
            });
            return;
        }
        Complete(() =>
        {
            for (var i = 0; i < keys.Count; i++)
            {
                promises[i].TrySetResult(values[i]);
            }
        });
    }

    /// <summary>
    /// Completes the batch's callers with no synchronization context current, the one place .NET runs a
    /// <c>ConfigureAwait(false)</c> continuation inline: such a caller continues here, on the executor's thread and
    /// turn, up to its next load, instead of on the thread pool while the executor decides the batch is complete.
    /// Callers that kept the executor's context are posted back to it, as before.
    /// </summary>
    private static void Complete(Action complete)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            complete();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
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
