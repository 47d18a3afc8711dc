namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

/// <summary>One of the signatories of a printed line; a joint line ("IRATE &amp; First Friends") has several.</summary>
internal sealed record SeedSignatory(string? Organization, string? Person);
