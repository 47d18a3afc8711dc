namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedSource(string Id, string? File, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string? Notes);
