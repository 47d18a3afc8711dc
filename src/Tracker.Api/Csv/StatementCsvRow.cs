namespace Tracker.Api.Csv;

/// <summary>A row of <c>statements.csv</c>: who said or did what, when (read Date with its precision and qualifier), about where, with its sources.</summary>
internal sealed record StatementCsvRow(
    string Slug, string Kind, string? Action, string? Speaker, string Speakers, DateOnly? Date, string? DatePrecision, string? DateQualifier,
    DateOnly? EarliestOn, DateOnly? LatestOn, string Language, string Text, string Jurisdictions, string? Letter, string? Event, string? Notes, string Sources);
