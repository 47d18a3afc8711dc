namespace Tracker.Api.Letters;

/// <summary>What subscribers of <c>signatureAdded</c> receive.</summary>
public sealed record SignatureAddedMessage(string LetterSlug, SignatureModel Signature)
{
    /// <summary>The topic, narrowed by a letter's slug.</summary>
    public static SubscriptionTopic<Letter, SignatureAddedMessage, SignatureModel> Topic { get; } =
        new("signatureAdded", "letter", db => db.Letters, l => l.Slug, m => m.LetterSlug, m => m.Signature);
}
