using System.Runtime.CompilerServices;
using Tracker.Api.Jurisdictions;
using Tracker.Api.Letters;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Maintainers;

/// <summary>Live changes, published by the mutations after they commit.</summary>
[GraphQLType("Subscription")]
public sealed class TrackerSubscriptions
{
    public async IAsyncEnumerable<StatusEventModel> StatusChanged(string? jurisdiction, ITopicEventReceiver receiver, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in receiver.Subscribe<StatusChangedMessage>(StatusMutations.StatusChangedTopic, cancellationToken))
        {
            if (jurisdiction is null || message.JurisdictionCode == jurisdiction)
            {
                yield return message.Event;
            }
        }
    }

    public async IAsyncEnumerable<SignatureModel> SignatureAdded(string? letter, ITopicEventReceiver receiver, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in receiver.Subscribe<SignatureAddedMessage>(SignatureMutations.SignatureAddedTopic, cancellationToken))
        {
            if (letter is null || message.LetterSlug == letter)
            {
                yield return message.Signature;
            }
        }
    }
}
