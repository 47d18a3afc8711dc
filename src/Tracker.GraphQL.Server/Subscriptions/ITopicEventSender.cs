namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>Publishes events to a topic (after a mutation commits, say).</summary>
public interface ITopicEventSender
{
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);
}
