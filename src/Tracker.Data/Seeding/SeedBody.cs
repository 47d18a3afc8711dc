namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedBody(
    string Id, string Name, string? Acronym, string Kind, string Jurisdiction, string? Parent, string? Address, List<string> Aliases, string? Notes, List<SeedQuote> Sources);
