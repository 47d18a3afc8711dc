namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.
// Parameters with a default arrived with issue 11 (the whole record); a file written before them still loads.

internal sealed record SeedSignature(
    string Letter, int Position, string? Organization, string? Person, string PrintedName, DateOnly? SignedOn, List<SeedSignatory>? Signatories = null);
