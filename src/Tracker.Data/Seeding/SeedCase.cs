namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedCase(
    string Id, string Name, string? Community, string? Jurisdiction, string? Situation, List<string> Petitions, DateOnly? ReportedOn, string? ReportedOnPrecision,
    string? ReportedOnQualifier, string? Notes, List<SeedQuote> Sources);
