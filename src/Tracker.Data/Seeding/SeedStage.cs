namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.
// Parameters with a default arrived with issue 11 (the whole record); a file written before them still loads.

internal sealed record SeedStage(
    string Stage, DateOnly Date, string DatePrecision, string DateQualifier, string? Description, List<SeedQuote> Sources,
    DateOnly? EarliestOn = null, DateOnly? LatestOn = null, SeedRef? Actor = null, string? ActorName = null, SeedVote? Vote = null);
