using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Subscribes on the bus, then holds the subscribing request until its client has gone (the resolver's token fires):
/// puts a client's reset exactly between a subscription's start on the bus and the first byte of its answer, where a
/// race would otherwise put it once in many runs.
/// </summary>
internal sealed class SubscribeUntilAborted(InMemoryTopicBus bus) : ITopicEventReceiver
{
    public TaskCompletionSource Subscribed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IAsyncEnumerable<TMessage> Subscribe<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        var stream = bus.Subscribe<TMessage>(topic, cancellationToken);
        Subscribed.TrySetResult();
        // Blocks one thread of the test server for the moment the test takes to reset; bounded, should it never come.
        cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(15));
        return stream;
    }
}
