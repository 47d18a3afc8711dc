namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

/// <summary>A link to exactly one of a person, an organisation or a body (seed-data/bodies.json).</summary>
internal sealed record SeedRef(string? Person, string? Organization, string? Body);
