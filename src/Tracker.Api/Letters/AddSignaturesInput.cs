namespace Tracker.Api.Letters;

public sealed record AddSignaturesInput(string Letter, IReadOnlyList<SignatureRowInput> Signatures);
