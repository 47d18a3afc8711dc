namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

/// <summary>A recorded vote: tallies where printed ("11-1"), the words where not ("unanimously").</summary>
internal sealed record SeedVote(int? Yes, int? No, int? Abstain, string? Text);
