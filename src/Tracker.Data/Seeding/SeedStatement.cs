namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedStatement(
    string Id, string Kind, string? Action, List<SeedRef> Speakers, string? SpeakerName, string Text, string Language, DateOnly? Date, string? DatePrecision,
    string? DateQualifier, DateOnly? EarliestOn, DateOnly? LatestOn, List<SeedRef> AddressedTo, List<string> Jurisdictions, string? Letter, string? Legislation,
    string? Event, string? Notes, List<SeedQuote> Sources);
