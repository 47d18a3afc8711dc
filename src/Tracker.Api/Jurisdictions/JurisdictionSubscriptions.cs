using System.Runtime.CompilerServices;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Jurisdictions;

/// <summary>
/// Live changes, published by the mutations after they commit. Each subscriber checks its argument when the
/// subscription starts: a jurisdiction that does not exist is refused with <c>NOT_FOUND</c> rather than
/// accepted as a stream that can never fire.
/// </summary>
[GraphQLType("Subscription")]
public sealed class JurisdictionSubscriptions(IDbContextFactory<TrackerDbContext> databases)
{
    public async Task<IAsyncEnumerable<StatusEventModel>> StatusChanged(string? jurisdiction, ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        if (jurisdiction is not null)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            if (!await db.Jurisdictions.AnyAsync(j => j.Code == jurisdiction, cancellationToken))
            {
                throw NotFoundError.Create($"No jurisdiction has the code \"{jurisdiction}\".", "jurisdiction");
            }
        }
        return StatusEvents(jurisdiction, receiver, cancellationToken);
    }

    private static async IAsyncEnumerable<StatusEventModel> StatusEvents(string? jurisdiction, ITopicEventReceiver receiver, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in receiver.Subscribe<StatusChangedMessage>(StatusMutations.StatusChangedTopic, cancellationToken))
        {
            if (jurisdiction is null || message.JurisdictionCode == jurisdiction)
            {
                yield return message.Event;
            }
        }
    }
}
