namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedEvent(
    string Id, string Kind, string Title, string Description, DateOnly? StartsOn, TimeOnly? StartTime, DateOnly? EndsOn, TimeOnly? EndTime, string? TimeZone,
    string? DatePrecision, string? DateQualifier, DateOnly? EarliestOn, DateOnly? LatestOn, string? PlaceName, string? Address, string? Jurisdiction,
    List<SeedRef> Organizers, List<SeedRef> Sponsors, List<SeedRef> Participants, List<SeedRef> AddressedTo, List<string> Targets, List<string> Letters,
    List<string> Legislation, string? ReplacesLetter, DateOnly? AnnouncedOn, string? Notes, List<SeedQuote> Sources);
