namespace Tracker.Api.Jurisdictions;

/// <summary>Live status changes, published by the mutations after they commit, for one jurisdiction or all.</summary>
[GraphQLType("Subscription")]
public sealed class JurisdictionSubscriptions(TopicSubscriptions subscriptions)
{
    public Task<IAsyncEnumerable<StatusEventModel>> StatusChanged(string? jurisdiction, CancellationToken cancellationToken) =>
        subscriptions.OpenAsync(StatusChangedMessage.Topic, jurisdiction, cancellationToken);
}
