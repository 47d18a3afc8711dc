namespace Tracker.GraphQL.Server.Tests;

/// <summary>Awaits a condition the server reaches on its own (a subscriber registered): checked every 20 ms, failing after 15 s.</summary>
internal static class Eventually
{
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!condition())
        {
            Assert.False(timeout.IsCancellationRequested, "The condition did not hold within 15 s.");
            await Task.Delay(20, CancellationToken.None);
        }
    }
}
