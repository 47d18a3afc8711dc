namespace Tracker.GraphQL.Execution;

/// <summary>
/// Work that waits to be sent as one batch (DataLoader loads). The executor calls
/// <see cref="DispatchAsync"/> only when no resolver can make progress without it, so loads queued by
/// sibling fields and list items all go out together.
/// </summary>
public interface IBatchDispatcher
{
    bool HasPendingWork { get; }

    Task DispatchAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="wake"/> whenever work is queued, until the registration is disposed: the executor
    /// listens while it waits, so that a load queued from outside its context (a resolver that continued on the
    /// thread pool after <c>ConfigureAwait(false)</c>) is dispatched instead of waiting for ever. A dispatcher
    /// whose work is only ever queued on the executor's context need not implement it.
    /// </summary>
    IDisposable WhenWorkQueued(Action wake) => NoRegistration.Instance;

    private sealed class NoRegistration : IDisposable
    {
        public static readonly NoRegistration Instance = new();

        public void Dispose()
        {
        }
    }
}
