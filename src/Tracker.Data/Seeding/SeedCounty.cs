namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedCounty(string Code, string Fips, string State, string Name, string Kind, List<string> Sources);
