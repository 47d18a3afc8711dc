namespace Tracker.Api.Cases;

/// <summary>A person facing deportation, and the petitions for them, as the API reads it.</summary>
public sealed record DeportationCaseModel : SluggedModel
{
    public string Name { get; init; } = "";

    public string? Community { get; init; }

    public int? JurisdictionKey { get; init; }

    public string? Situation { get; init; }

    public DateOnly? ReportedOn { get; init; }

    public DatePrecision? ReportedOnPrecision { get; init; }

    public DateQualifier? ReportedOnQualifier { get; init; }

    public string? Notes { get; init; }
}
