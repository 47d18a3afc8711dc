namespace Tracker.Api.Letters;

/// <summary>What subscribers of <c>signatureAdded</c> receive.</summary>
public sealed record SignatureAddedMessage(string LetterSlug, SignatureModel Signature);
