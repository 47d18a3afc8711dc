namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.

internal sealed record SeedQuote(string Source, string? Quote);

internal sealed record SeedSource(string Id, string? File, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string? Notes);

internal sealed record SeedJurisdiction(string Code, string Kind, string Name, string? PostalCode, string? Fips, string? Parent, List<string> Sources);

internal sealed record SeedStatusEvent(
    string Id, string Jurisdiction, string Status, DateOnly EffectiveOn, string DatePrecision, string DateQualifier, DateOnly? EarliestOn, DateOnly? LatestOn,
    string? Actor, string Description, string? Legislation, List<SeedQuote> Sources);

internal sealed record SeedStage(string Stage, DateOnly Date, string DatePrecision, string DateQualifier, string? Description, List<SeedQuote> Sources);

internal sealed record SeedLegislation(
    string Id, string Jurisdiction, string? Identifier, string Title, string Kind, string Stance, string? Summary, List<SeedStage> Stages, List<string> Sources);

internal sealed record SeedOrganization(
    string Id, string Name, string? Acronym, string Kind, string? City, string? State, string? Website, List<string> Aliases, string? Parent, string? Notes, List<string> Sources);

internal sealed record SeedPerson(
    string Id, string Name, string? Title, string? Affiliation, string? Organization, string? City, string? State, string? Notes, List<string> Sources);

internal sealed record SeedLetter(
    string Slug, string Title, string Kind, DateOnly? WrittenOn, DateOnly? DeliveredOn, List<string> Addressees, List<string> Cc, string? Body,
    List<string> Organizers, List<string> Targets, int? ReportedSignatureCount, string? SignatureCountNote, string? Notes, List<string> Sources);

internal sealed record SeedSignature(string Letter, int Position, string? Organization, string? Person, string PrintedName, DateOnly? SignedOn);

/// <summary>seed-data/counties.json: the Census datasets it was extracted from, and every county not curated in jurisdictions.json.</summary>
internal sealed record SeedCountyFile(List<SeedSource> Sources, List<SeedCounty> Counties);

internal sealed record SeedCounty(string Code, string Fips, string State, string Name, string Kind, List<string> Sources);
