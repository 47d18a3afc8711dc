namespace Tracker.Api.Messaging;

/// <summary>
/// The subscription topics whose events may cross from one process to another (PostgreSQL's NOTIFY, the SQLite
/// event outbox), with the message type each carries: the receiving side reads only these, into these types.
/// </summary>
internal static class TravellingTopics
{
    public static IReadOnlyDictionary<string, Type> MessageTypes { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [StatusChangedMessage.Topic.Name] = typeof(StatusChangedMessage),
        [SignatureAddedMessage.Topic.Name] = typeof(SignatureAddedMessage),
        [EventWrites.EventChangedTopic] = typeof(EventModel),
    };
}
