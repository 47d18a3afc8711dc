namespace Tracker.GraphQL.Execution;

/// <summary>
/// What one subscription event is executed with: its own services and its own batch dispatcher (DataLoaders),
/// so that nothing read for an earlier event is served again from a cache for this one. Disposed once the
/// event's result is complete. A host that wants this supplies <see cref="ExecutionArgs.EventScope"/>.
/// </summary>
public sealed class SubscriptionEventScope(IServiceProvider? services, IBatchDispatcher? batchDispatcher, IAsyncDisposable? lifetime = null) : IAsyncDisposable
{
    public IServiceProvider? Services { get; } = services;

    public IBatchDispatcher? BatchDispatcher { get; } = batchDispatcher;

    public ValueTask DisposeAsync() => lifetime?.DisposeAsync() ?? ValueTask.CompletedTask;
}
