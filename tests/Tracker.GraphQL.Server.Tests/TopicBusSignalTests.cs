using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// The bus tells whoever waits for subscribers that their number changed (a task that completes at the next
/// change), so tests await a subscriber instead of polling the count on a timer.
/// </summary>
public sealed class TopicBusSignalTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_subscriber_registering_and_leaving_each_complete_the_signal_taken_before()
    {
        var bus = new InMemoryTopicBus();
        var beforeSubscribing = bus.NextSubscriberChange;
        var untouched = bus.NextSubscriberChange;
        Assert.False(untouched.IsCompleted);

        using var stop = new CancellationTokenSource();
        await using var reader = bus.Subscribe<string>("topic", stop.Token).GetAsyncEnumerator(stop.Token);
        await beforeSubscribing.WaitAsync(Bound);
        var countWhenWoken = bus.SubscriberCount("topic");
        var beforeLeaving = bus.NextSubscriberChange;
        Assert.False(beforeLeaving.IsCompleted);
        var reading = reader.MoveNextAsync().AsTask();
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        await reader.DisposeAsync();
        await beforeLeaving.WaitAsync(Bound);

        Assert.Equal(1, countWhenWoken);
        Assert.Equal(0, bus.SubscriberCount("topic"));
    }
}
