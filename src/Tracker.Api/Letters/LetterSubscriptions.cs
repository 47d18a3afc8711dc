namespace Tracker.Api.Letters;

/// <summary>Live signatures, published by the mutations after they commit, on one letter or any.</summary>
[GraphQLType("Subscription")]
public sealed class LetterSubscriptions(TopicSubscriptions subscriptions)
{
    public Task<IAsyncEnumerable<SignatureModel>> SignatureAdded(string? letter, CancellationToken cancellationToken) =>
        subscriptions.OpenAsync(SignatureAddedMessage.Topic, letter, cancellationToken);
}
