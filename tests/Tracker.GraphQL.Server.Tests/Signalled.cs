namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Awaits a state the server reaches on its own (a subscriber registered on the bus, a reservation expired), woken
/// by the server's signal for each change of that state (<c>InMemoryTopicBus.NextSubscriberChange</c>,
/// <c>EventStreamReservations.NextChange</c>), never by a timer; fails after 15 s.
/// </summary>
internal static class Signalled
{
    public static async Task WaitUntilAsync(Func<Task> nextChange, Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
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
                Assert.Fail("The condition did not hold within 15 s.");
            }
            change = nextChange();
        }
    }
}
