using System.Collections.Concurrent;
using System.Threading.Channels;
using Tracker.Shared;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// Topics within one process. Each subscriber has its own bounded channel; a subscriber too slow to keep
/// up loses its oldest events rather than holding up publishers. Another transport (PostgreSQL
/// LISTEN/NOTIFY, Redis) implements the same two interfaces.
/// </summary>
public sealed class InMemoryTopicBus : ITopicEventSender, ITopicEventReceiver
{
    private const int SubscriberCapacity = 1_000;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<object?, bool>>> _topics = new(StringComparer.Ordinal);
    private readonly ChangeSignal _subscribersChanged = new();

    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers.Count : 0;

    /// <summary>
    /// Completes the next time a subscriber registers on, or leaves, any topic: whoever waits for subscribers (the
    /// tests publish only once someone listens) is woken by the change instead of asking
    /// <see cref="SubscriberCount"/> on a timer. Take it before reading the count.
    /// </summary>
    public Task NextSubscriberChange => _subscribersChanged.Next;

    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        if (_topics.TryGetValue(topic, out var subscribers))
        {
            foreach (var deliver in subscribers.Values)
            {
                deliver(message);
            }
        }
        return ValueTask.CompletedTask;
    }

    public IAsyncEnumerable<TMessage> Subscribe<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<TMessage>(new BoundedChannelOptions(SubscriberCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Guid.NewGuid();
        var subscribers = _topics.GetOrAdd(topic, _ => new ConcurrentDictionary<Guid, Func<object?, bool>>());
        subscribers[id] = message => message is TMessage typed && channel.Writer.TryWrite(typed);
        _subscribersChanged.Raise();
        return Read(channel.Reader, () =>
        {
            subscribers.TryRemove(id, out _);
            channel.Writer.TryComplete();
            _subscribersChanged.Raise();
        }, cancellationToken);
    }

    private static async IAsyncEnumerable<TMessage> Read<TMessage>(
        ChannelReader<TMessage> reader,
        Action unsubscribe,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in reader.ReadAllAsync(cancellationToken))
            {
                yield return message;
            }
        }
        finally
        {
            unsubscribe();
        }
    }
}
