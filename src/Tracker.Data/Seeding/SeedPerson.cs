namespace Tracker.Data.Seeding;

// The JSON shapes of seed-data/*.json, field by field as seed-data/README.md documents them.
// Parameters with a default arrived with issue 11 (the whole record); a file written before them still loads.

internal sealed record SeedPerson(
    string Id, string Name, string? Title, string? Affiliation, string? Organization, string? City, string? State, string? Notes, List<SeedQuote> Sources,
    string? PostNominals = null, string? Body = null);
