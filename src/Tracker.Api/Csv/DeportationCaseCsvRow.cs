namespace Tracker.Api.Csv;

/// <summary>A row of <c>deportation-cases.csv</c>: a person facing deportation as named, where, when reported, and the petitions for them.</summary>
internal sealed record DeportationCaseCsvRow(
    string Slug, string Name, string? Community, string? Jurisdiction, string? Situation, DateOnly? ReportedOn, string? ReportedOnPrecision,
    string? ReportedOnQualifier, string Petitions, string? Notes, string Sources);
