namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.
// Parameters with a default arrived with issue 11 (the whole record); a file written before them still loads.

internal sealed record SeedLegislation(
    string Id, string Jurisdiction, string? Identifier, string Title, string Kind, string Stance, string? Summary, List<SeedStage> Stages, List<SeedQuote> Sources,
    List<SeedRef>? Sponsors = null, List<SeedRef>? Actors = null, List<SeedRef>? Supporters = null, List<SeedRef>? Opponents = null);
