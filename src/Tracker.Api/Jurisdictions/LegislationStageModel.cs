namespace Tracker.Api.Jurisdictions;

/// <summary>A dated stage of legislation.</summary>
public sealed record LegislationStageModel
{
    public int Key { get; init; }

    public LegislationStageKind Stage { get; init; }

    public DateOnly Date { get; init; }

    public DatePrecision DatePrecision { get; init; }

    public DateQualifier DateQualifier { get; init; }

    public string? Description { get; init; }
}
