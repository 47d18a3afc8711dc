namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedOrganization(
    string Id, string Name, string? Acronym, string Kind, string? City, string? State, string? Website, List<string> Aliases, string? Parent, string? Notes, List<SeedQuote> Sources);
