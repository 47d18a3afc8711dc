using System.Linq.Expressions;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Events;

/// <summary>
/// <c>eventChanged</c>: events as <see cref="EventWrites"/> publishes them once a create or update is committed, so a
/// dashboard's list of events can stay live. The jurisdiction asked for is looked up when the subscription starts
/// (unknown: <c>NOT_FOUND</c> at once, not a stream that never fires). An event matches when it takes place in that
/// jurisdiction or in one of its counties or cities: the same "in this state" (<see cref="StatePredicate"/>) as the
/// events filter's <c>state</c> and <c>/csv/events.csv?state=</c>, so a live list and a reloaded one agree.
/// </summary>
[GraphQLType("Subscription")]
public sealed class EventSubscriptions(IDbContextFactory<TrackerDbContext> databases)
{
    public async Task<IAsyncEnumerable<EventModel>> EventChanged(string? jurisdiction, ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        if (jurisdiction is null)
        {
            return receiver.Subscribe<EventModel>(EventWrites.EventChangedTopic, cancellationToken);
        }
        var key = await JurisdictionKeyAsync(jurisdiction, cancellationToken);
        var within = StatePredicate.Within<Jurisdiction>(j => j, jurisdiction);
        return receiver.Subscribe<EventModel>(EventWrites.EventChangedTopic, cancellationToken)
            .Where((saved, ct) => TakesPlaceWithinAsync(saved, key, within, ct));
    }

    /// <summary>
    /// Whether the published event's place lies within the jurisdiction asked for. The event as published is matched,
    /// not as it stands now (a later update publishes again); its place is read fresh, since a county's or city's
    /// parent can change. Only an event placed elsewhere costs a read.
    /// </summary>
    private async ValueTask<bool> TakesPlaceWithinAsync(EventModel saved, int key, Expression<Func<Jurisdiction, bool>> within, CancellationToken cancellationToken)
    {
        if (saved.JurisdictionKey is not { } place)
        {
            return false;
        }
        if (place == key)
        {
            return true;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Jurisdictions.Where(j => j.Id == place).AnyAsync(within, cancellationToken);
    }

    private async Task<int> JurisdictionKeyAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Jurisdictions.Where(j => j.Code == code).Select(j => (int?)j.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundError.Create($"No jurisdiction has the code \"{code}\".", "jurisdiction");
    }
}
