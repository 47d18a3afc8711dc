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
}
