using System.Runtime.CompilerServices;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Letters;

/// <summary>
/// Live changes, published by the mutations after they commit. Each subscriber checks its argument when the
/// subscription starts: a letter that does not exist is refused with <c>NOT_FOUND</c> rather than
/// accepted as a stream that can never fire.
/// </summary>
[GraphQLType("Subscription")]
public sealed class LetterSubscriptions(IDbContextFactory<TrackerDbContext> databases)
{
    public async Task<IAsyncEnumerable<SignatureModel>> SignatureAdded(string? letter, ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        if (letter is not null)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            if (!await db.Letters.AnyAsync(l => l.Slug == letter, cancellationToken))
            {
                throw NotFoundError.Create($"No letter has the slug \"{letter}\".", "letter");
            }
        }
        return Signatures(letter, receiver, cancellationToken);
    }

    private static async IAsyncEnumerable<SignatureModel> Signatures(string? letter, ITopicEventReceiver receiver, [EnumeratorCancellation] CancellationToken cancellationToken)
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
