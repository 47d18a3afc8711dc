namespace Tracker.Api.Cases;

public sealed record UpdateDeportationCaseInput(
    string Id, int Version, Optional<string?> Name, Optional<string?> Community, Optional<string?> Jurisdiction, Optional<string?> Situation,
    Optional<IReadOnlyList<string>?> Petitions, Optional<DateInput?> ReportedOn, Optional<string?> Notes) : IDeportationCaseFields, IUpdateInput;
