namespace Tracker.Api.Csv;

/// <summary>A row of <c>statistics.csv</c>: the figure as printed and as a number (or a bound), what it counts, where and when, and the passage that states it.</summary>
internal sealed record StatisticCsvRow(
    string Slug, string ValueText, double? Value, double? Low, double? High, bool Approximate, string Unit, string Counts, string? Jurisdiction,
    DateOnly? PeriodFrom, string? PeriodFromPrecision, DateOnly? PeriodTo, string? PeriodToPrecision, string? Basis, string? AttributedTo,
    string? Statement, string? Letter, string Passage, string? Notes, string Sources);
