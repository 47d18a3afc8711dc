namespace Tracker.Api.Cases;

public sealed record CreateDeportationCaseInput(
    string Slug, Optional<string?> Name, Optional<string?> Community, Optional<string?> Jurisdiction, Optional<string?> Situation,
    Optional<IReadOnlyList<string>?> Petitions, Optional<DateInput?> ReportedOn, Optional<string?> Notes, IReadOnlyList<CitationInput> Sources) : IDeportationCaseFields;
