namespace Tracker.Api.Jurisdictions;

/// <summary>A piece of legislation as the API reads it, with its stages.</summary>
public sealed record LegislationModel : SluggedModel
{
    public int JurisdictionKey { get; init; }

    public string? Identifier { get; init; }

    public string Title { get; init; } = "";

    public LegislationKind Kind { get; init; }

    public LegislationStance Stance { get; init; }

    public string? Summary { get; init; }

    public List<LegislationStageModel> Stages { get; init; } = [];
}
