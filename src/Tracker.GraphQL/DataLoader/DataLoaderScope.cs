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

    /// <summary>Sends the pending batches of all loaders concurrently.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<Task> batches = [];
        lock (_gate)
        {
            foreach (var loader in _loaders)
            {
                if (loader.HasPendingKeys)
                {
                    batches.Add(loader.DispatchAsync(cancellationToken));
                }
            }
        }
        return Task.WhenAll(batches);
    }
}

/// <summary>A loader the scope can dispatch.</summary>
internal interface IDispatchableLoader
{
    bool HasPendingKeys { get; }

    Task DispatchAsync(CancellationToken cancellationToken);
}
