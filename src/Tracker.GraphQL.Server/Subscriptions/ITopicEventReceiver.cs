namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>Subscribes to a topic: the stream starts receiving as soon as this returns.</summary>
public interface ITopicEventReceiver
{
    IAsyncEnumerable<TMessage> Subscribe<TMessage>(string topic, CancellationToken cancellationToken = default);
}
