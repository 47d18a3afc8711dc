namespace Tracker.Api.Statistics;

/// <summary>A figure a document states, as the API reads it.</summary>
public sealed record StatisticModel : SluggedModel
{
    public double? Value { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public bool Approximate { get; init; }

    public string ValueText { get; init; } = "";

    public StatisticUnit Unit { get; init; }

    public string Counts { get; init; } = "";

    public int? JurisdictionKey { get; init; }

    public DateOnly? PeriodFrom { get; init; }

    public DatePrecision? PeriodFromPrecision { get; init; }

    public DateOnly? PeriodTo { get; init; }

    public DatePrecision? PeriodToPrecision { get; init; }

    public string? Basis { get; init; }

    public string? AttributedToName { get; init; }

    public int? StatementKey { get; init; }

    public int? LetterKey { get; init; }

    public string Passage { get; init; } = "";

    public string? Notes { get; init; }
}
