namespace Tracker.Shared;

/// <summary>
/// A task that completes at the next change of some state (subscribers on the bus, graphql-sse reservations, the
/// data version, writers waiting for the write lock), so that a caller awaiting a state the server reaches on its own
/// (a test waiting for a subscriber or another instance's NOTIFY) is woken by the change itself rather than checking
/// on a timer. Take <see cref="Next"/> before reading the state: a change between the two still completes the task
/// taken. One source compiled into Tracker.Data and Tracker.GraphQL.Server (each csproj links it), internal to each:
/// neither assembly references the other.
/// </summary>
internal sealed class ChangeSignal
{
    private readonly Lock _swapping = new();
    private TaskCompletionSource _next = New();

    public Task Next
    {
        get
        {
            lock (_swapping)
            {
                return _next.Task;
            }
        }
    }

    /// <summary>The state changed: completes the awaited task and arms a new one for the next change.</summary>
    public void Raise()
    {
        TaskCompletionSource changed;
        lock (_swapping)
        {
            changed = _next;
            _next = New();
        }
        changed.SetResult();
    }

    // Continuations run elsewhere, so that a waiter never runs inside the change (a subscribe, a commit) that woke it.
    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
