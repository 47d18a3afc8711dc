namespace Tracker.Api.Jurisdictions;

/// <summary>Live status changes, published by the mutations after they commit, for one jurisdiction or all.</summary>
[GraphQLType("Subscription")]
public sealed class JurisdictionSubscriptions(TopicSubscriptions subscriptions)
{
    public async Task<IAsyncEnumerable<StatusEventModel>> StatusChanged(string? jurisdiction, CancellationToken cancellationToken)
    {
        await subscriptions.RequireAsync(
            jurisdiction, (db, code, ct) => db.Jurisdictions.AnyAsync(j => j.Code == code, ct), $"No jurisdiction has the code \"{jurisdiction}\".", "jurisdiction", cancellationToken);
        return subscriptions.Stream<StatusChangedMessage, StatusEventModel>(
            StatusMutations.StatusChangedTopic, jurisdiction, message => message.JurisdictionCode, message => message.Event, cancellationToken);
    }
}
