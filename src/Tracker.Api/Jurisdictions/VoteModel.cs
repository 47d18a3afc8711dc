namespace Tracker.Api.Jurisdictions;

/// <summary>A recorded vote: the tallies where printed, and the words that give it.</summary>
public sealed record VoteModel(int? Yes, int? No, int? Abstain, string? Text);
