namespace Tracker.Api.Jurisdictions;

/// <summary>A status event as the API reads it.</summary>
public sealed record StatusEventModel : SluggedModel
{
    public int JurisdictionKey { get; init; }

    public ParticipationStatus Status { get; init; }

    public DateOnly EffectiveOn { get; init; }

    public DatePrecision DatePrecision { get; init; }

    public DateQualifier DateQualifier { get; init; }

    public DateOnly? EarliestOn { get; init; }

    public DateOnly? LatestOn { get; init; }

    public DateOnly? CountsFrom { get; init; }

    public string? Actor { get; init; }

    public string Description { get; init; } = "";

    public int? LegislationKey { get; init; }

    public bool Retracted { get; init; }

    public string? RetractionReason { get; init; }
}
