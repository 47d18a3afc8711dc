namespace Tracker.Api.Tests;

/// <summary>
/// Awaits a condition the server reaches on its own (subscribers registered on its bus, its data version moved by
/// a notification): checked every 20 ms until it holds, failing with <paramref name="failure"/>'s text at the
/// deadline. One loop for every such wait, so none of them can run unbounded.
/// </summary>
internal static class Eventually
{
    public static async Task WaitUntilAsync(Func<bool> condition, Func<string> failure, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (!condition())
        {
            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException(failure());
            }
            await Task.Delay(20, CancellationToken.None);
        }
    }
}
