namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedStatusEvent(
    string Id, string Jurisdiction, string Status, DateOnly EffectiveOn, string DatePrecision, string DateQualifier, DateOnly? EarliestOn, DateOnly? LatestOn,
    string? Actor, string Description, string? Legislation, List<SeedQuote> Sources);
