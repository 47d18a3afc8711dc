namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.
// Parameters with a default arrived with issue 11 (the whole record); a file written before them still loads.

internal sealed record SeedLetter(
    string Slug, string Title, string Kind, DateOnly? WrittenOn, DateOnly? DeliveredOn, List<string> Addressees, List<string> Cc, string? Body,
    List<string> Organizers, List<string> Targets, int? ReportedSignatureCount, string? SignatureCountNote, string? Notes, List<SeedQuote> Sources,
    string? WrittenOnPrecision = null, string? WrittenOnQualifier = null, string? DeliveredOnPrecision = null, string? DeliveredOnQualifier = null,
    List<SeedRef?>? AddresseeRefs = null, List<SeedRef?>? CcRefs = null);
