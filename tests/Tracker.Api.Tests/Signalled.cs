namespace Tracker.Api.Tests;

/// <summary>
/// Awaits a state the server reaches on its own (subscribers registered on its bus, its data version moved by a
/// notification, writers queued at the write lock), woken by the server's own signal for each change of that state
/// (a task that completes at the next change: <c>InMemoryTopicBus.NextSubscriberChange</c>,
/// <c>DataVersion.NextChange</c>, <c>WriteLock.NextWaitingChange</c>), never by a timer. Fails with
/// <paramref name="failure"/>'s text at the deadline, so no wait is unbounded.
/// </summary>
internal static class Signalled
{
    public static async Task WaitUntilAsync(Func<Task> nextChange, Func<bool> condition, Func<string> failure, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        // The signal is taken before the condition is read: a change between the two still wakes the wait.
        var change = nextChange();
        while (!condition())
        {
            try
            {
                await change.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException(failure());
            }
            change = nextChange();
        }
    }
}
