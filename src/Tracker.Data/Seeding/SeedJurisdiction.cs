namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedJurisdiction(string Code, string Kind, string Name, string? PostalCode, string? Fips, string? Parent, List<SeedQuote> Sources);
