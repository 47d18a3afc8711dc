using System.Runtime.CompilerServices;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Events;

/// <summary>
/// Events as they are created or updated, published by <see cref="EventMutations"/> after the commit (so the
/// dashboard's events view can stay live). A jurisdiction that does not exist is refused with <c>NOT_FOUND</c> when
/// the subscription starts, rather than accepted as a stream that can never fire.
/// </summary>
[GraphQLType("Subscription")]
public sealed class EventSubscriptions(IDbContextFactory<TrackerDbContext> databases)
{
    public async Task<IAsyncEnumerable<EventModel>> EventChanged(string? jurisdiction, ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        int? key = null;
        if (jurisdiction is not null)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            key = await db.Jurisdictions.Where(j => j.Code == jurisdiction).Select(j => (int?)j.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw NotFoundError.Create($"No jurisdiction has the code \"{jurisdiction}\".", "jurisdiction");
        }
        return Events(key, receiver, cancellationToken);
    }

    private static async IAsyncEnumerable<EventModel> Events(int? jurisdiction, ITopicEventReceiver receiver, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var saved in receiver.Subscribe<EventModel>(EventMutations.EventChangedTopic, cancellationToken))
        {
            if (jurisdiction is null || saved.JurisdictionKey == jurisdiction)
            {
                yield return saved;
            }
        }
    }
}
