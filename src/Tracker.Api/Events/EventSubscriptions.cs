using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Events;

/// <summary>
/// <c>eventChanged</c>: events as <see cref="EventWrites"/> publishes them once a create or update is committed, so a
/// dashboard's list of events can stay live. The jurisdiction asked for is looked up when the subscription starts
/// (unknown: <c>NOT_FOUND</c> at once, not a stream that never fires) and events are matched by its key.
/// </summary>
[GraphQLType("Subscription")]
public sealed class EventSubscriptions(IDbContextFactory<TrackerDbContext> databases)
{
    public async Task<IAsyncEnumerable<EventModel>> EventChanged(string? jurisdiction, ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        var key = jurisdiction is null ? null : await JurisdictionKeyAsync(jurisdiction, cancellationToken);
        var events = receiver.Subscribe<EventModel>(EventWrites.EventChangedTopic, cancellationToken);
        return key is null ? events : events.Where(saved => saved.JurisdictionKey == key);
    }

    private async Task<int?> JurisdictionKeyAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Jurisdictions.Where(j => j.Code == code).Select(j => (int?)j.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundError.Create($"No jurisdiction has the code \"{code}\".", "jurisdiction");
    }
}
