namespace Tracker.Api.Letters;

/// <summary>Live signatures, published by the mutations after they commit, on one letter or any.</summary>
[GraphQLType("Subscription")]
public sealed class LetterSubscriptions(TopicSubscriptions subscriptions)
{
    public async Task<IAsyncEnumerable<SignatureModel>> SignatureAdded(string? letter, CancellationToken cancellationToken)
    {
        await subscriptions.RequireAsync(
            letter, (db, slug, ct) => db.Letters.AnyAsync(l => l.Slug == slug, ct), $"No letter has the slug \"{letter}\".", "letter", cancellationToken);
        return subscriptions.Stream<SignatureAddedMessage, SignatureModel>(
            SignatureMutations.SignatureAddedTopic, letter, message => message.LetterSlug, message => message.Signature, cancellationToken);
    }
}
