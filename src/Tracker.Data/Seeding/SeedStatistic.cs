namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedStatistic(
    string Id, double? Value, double? Low, double? High, bool Approximate, string ValueText, string Unit, string Counts, string? Jurisdiction,
    DateOnly? PeriodFrom, string? PeriodFromPrecision, DateOnly? PeriodTo, string? PeriodToPrecision, string? Basis, List<SeedRef> AttributedTo,
    string? AttributedToName, string? Statement, string? Letter, string Passage, string? Notes, List<SeedQuote> Sources);
