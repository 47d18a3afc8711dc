namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

/// <summary>seed-data/counties.json: the Census datasets it was extracted from, and every county not curated in jurisdictions.json.</summary>
internal sealed record SeedCountyFile(List<SeedSource> Sources, List<SeedCounty> Counties);
