namespace Tracker.Api.Letters;

/// <summary>How many signatories of a letter are based in one state.</summary>
public sealed record StateSignatoryCount(string? State, int Count);
