using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request. It is the executor's <see cref="IBatchDispatcher"/>: when the executor
/// finds nothing else to run, it asks the scope to send every loader's queued keys, one batch per loader.
/// </summary>
/// <param name="telemetry">Where batches are traced and their sizes measured; null: nowhere.</param>
public sealed class DataLoaderScope(GraphQLTelemetry? telemetry = null) : IBatchDispatcher
{
    private readonly List<IDispatchableLoader> _loaders = [];
    private readonly object _gate = new();
    private Action? _wake;

    internal GraphQLTelemetry? Telemetry { get; } = telemetry;

    public bool HasPendingWork
    {
        get
        {
            lock (_gate)
            {
                foreach (var loader in _loaders)
                {
                    if (loader.HasPendingKeys)
                    {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    internal void Register(IDispatchableLoader loader)
    {
        lock (_gate)
        {
            _loaders.Add(loader);
        }
    }

    public IDisposable WhenWorkQueued(Action wake)
    {
        lock (_gate)
        {
            _wake += wake;
        }
        return new WakeRegistration(this, wake);
    }

    /// <summary>A loader queued a key: whoever waits for work learns of it.</summary>
    internal void KeyQueued() => Volatile.Read(ref _wake)?.Invoke();

    /// <summary>Sends the pending batches of all loaders concurrently.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        IDispatchableLoader[] ready;
        lock (_gate)
        {
            ready = [.. _loaders.Where(loader => loader.HasPendingKeys)];
        }
        // Outside the lock: a batch answered at once completes its callers here, and they may create loaders.
        return Task.WhenAll(ready.Select(loader => loader.DispatchAsync(cancellationToken)));
    }

    /// <summary>Ends a <see cref="DataLoaderScope.WhenWorkQueued"/> registration.</summary>
    private sealed class WakeRegistration(DataLoaderScope scope, Action wake) : IDisposable
    {
        public void Dispose()
        {
            lock (scope._gate)
            {
                scope._wake -= wake;
            }
        }
    }
}
