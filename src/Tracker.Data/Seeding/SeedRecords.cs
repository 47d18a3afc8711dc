namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.
// Parameters with a default arrived with issue 11 (the whole record); a file written before them still loads.

internal sealed record SeedQuote(string Source, string? Quote);

/// <summary>A link to exactly one of a person, an organisation or a body (seed-data/bodies.json).</summary>
internal sealed record SeedRef(string? Person, string? Organization, string? Body);

/// <summary>A recorded vote: tallies where printed ("11-1"), the words where not ("unanimously").</summary>
internal sealed record SeedVote(int? Yes, int? No, int? Abstain, string? Text);

/// <summary>One of the signatories of a printed line; a joint line ("IRATE &amp; First Friends") has several.</summary>
internal sealed record SeedSignatory(string? Organization, string? Person);

internal sealed record SeedSource(string Id, string? File, string Title, string? Publisher, string? Url, DateOnly? PublishedOn, string? Notes);

internal sealed record SeedJurisdiction(string Code, string Kind, string Name, string? PostalCode, string? Fips, string? Parent, List<SeedQuote> Sources);

internal sealed record SeedStatusEvent(
    string Id, string Jurisdiction, string Status, DateOnly EffectiveOn, string DatePrecision, string DateQualifier, DateOnly? EarliestOn, DateOnly? LatestOn,
    string? Actor, string Description, string? Legislation, List<SeedQuote> Sources);

internal sealed record SeedStage(
    string Stage, DateOnly Date, string DatePrecision, string DateQualifier, string? Description, List<SeedQuote> Sources,
    DateOnly? EarliestOn = null, DateOnly? LatestOn = null, SeedRef? Actor = null, string? ActorName = null, SeedVote? Vote = null);

internal sealed record SeedLegislation(
    string Id, string Jurisdiction, string? Identifier, string Title, string Kind, string Stance, string? Summary, List<SeedStage> Stages, List<SeedQuote> Sources,
    List<SeedRef>? Sponsors = null, List<SeedRef>? Actors = null, List<SeedRef>? Supporters = null, List<SeedRef>? Opponents = null);

internal sealed record SeedOrganization(
    string Id, string Name, string? Acronym, string Kind, string? City, string? State, string? Website, List<string> Aliases, string? Parent, string? Notes, List<SeedQuote> Sources);

internal sealed record SeedPerson(
    string Id, string Name, string? Title, string? Affiliation, string? Organization, string? City, string? State, string? Notes, List<SeedQuote> Sources,
    string? PostNominals = null, string? Body = null);

internal sealed record SeedLetter(
    string Slug, string Title, string Kind, DateOnly? WrittenOn, DateOnly? DeliveredOn, List<string> Addressees, List<string> Cc, string? Body,
    List<string> Organizers, List<string> Targets, int? ReportedSignatureCount, string? SignatureCountNote, string? Notes, List<SeedQuote> Sources,
    string? WrittenOnPrecision = null, string? WrittenOnQualifier = null, string? DeliveredOnPrecision = null, string? DeliveredOnQualifier = null,
    List<SeedRef?>? AddresseeRefs = null, List<SeedRef?>? CcRefs = null);

internal sealed record SeedSignature(
    string Letter, int Position, string? Organization, string? Person, string PrintedName, DateOnly? SignedOn, List<SeedSignatory>? Signatories = null);

/// <summary>seed-data/counties.json: the Census datasets it was extracted from, and every county not curated in jurisdictions.json.</summary>
internal sealed record SeedCountyFile(List<SeedSource> Sources, List<SeedCounty> Counties);

internal sealed record SeedCounty(string Code, string Fips, string State, string Name, string Kind, List<string> Sources);

internal sealed record SeedBody(
    string Id, string Name, string? Acronym, string Kind, string Jurisdiction, string? Parent, string? Address, List<string> Aliases, string? Notes, List<SeedQuote> Sources);

internal sealed record SeedEvent(
    string Id, string Kind, string Title, string Description, DateOnly? StartsOn, TimeOnly? StartTime, DateOnly? EndsOn, TimeOnly? EndTime, string? TimeZone,
    string? DatePrecision, string? DateQualifier, DateOnly? EarliestOn, DateOnly? LatestOn, string? PlaceName, string? Address, string? Jurisdiction,
    List<SeedRef> Organizers, List<SeedRef> Sponsors, List<SeedRef> Participants, List<SeedRef> AddressedTo, List<string> Targets, List<string> Letters,
    List<string> Legislation, string? ReplacesLetter, DateOnly? AnnouncedOn, string? Notes, List<SeedQuote> Sources);

internal sealed record SeedCase(
    string Id, string Name, string? Community, string? Jurisdiction, string? Situation, List<string> Petitions, DateOnly? ReportedOn, string? ReportedOnPrecision,
    string? ReportedOnQualifier, string? Notes, List<SeedQuote> Sources);

internal sealed record SeedStatistic(
    string Id, double? Value, double? Low, double? High, bool Approximate, string ValueText, string Unit, string Counts, string? Jurisdiction,
    DateOnly? PeriodFrom, string? PeriodFromPrecision, DateOnly? PeriodTo, string? PeriodToPrecision, string? Basis, List<SeedRef> AttributedTo,
    string? AttributedToName, string? Statement, string? Letter, string Passage, string? Notes, List<SeedQuote> Sources);

internal sealed record SeedStatement(
    string Id, string Kind, string? Action, List<SeedRef> Speakers, string? SpeakerName, string Text, string Language, DateOnly? Date, string? DatePrecision,
    string? DateQualifier, DateOnly? EarliestOn, DateOnly? LatestOn, List<SeedRef> AddressedTo, List<string> Jurisdictions, string? Letter, string? Legislation,
    string? Event, string? Notes, List<SeedQuote> Sources);
