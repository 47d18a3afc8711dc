using Tracker.Data.Entities;

namespace Tracker.Api.Jurisdictions;

/// <summary>A jurisdiction as the API reads it (projected from <see cref="Jurisdiction"/>).</summary>
public sealed record JurisdictionModel
{
    public int Key { get; init; }

    public int Version { get; init; }

    public string Code { get; init; } = "";

    public JurisdictionKind Kind { get; init; }

    public string Name { get; init; } = "";

    public string? PostalCode { get; init; }

    public string? Fips { get; init; }

    public int? ParentKey { get; init; }

    public ParticipationStatus Status { get; init; }

    public int? CurrentStatusEventKey { get; init; }

    /// <summary>The day a list read this jurisdiction for (<c>jurisdictions(asOf:)</c>): its status fields answer for it.</summary>
    public DateOnly? AsOf { get; init; }
}

/// <summary>A status event as the API reads it.</summary>
public sealed record StatusEventModel
{
    public int Key { get; init; }

    public int Version { get; init; }

    public string Slug { get; init; } = "";

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

/// <summary>A piece of legislation as the API reads it, with its stages.</summary>
public sealed record LegislationModel
{
    public int Key { get; init; }

    public int Version { get; init; }

    public string Slug { get; init; } = "";

    public int JurisdictionKey { get; init; }

    public string? Identifier { get; init; }

    public string Title { get; init; } = "";

    public LegislationKind Kind { get; init; }

    public LegislationStance Stance { get; init; }

    public string? Summary { get; init; }

    public List<LegislationStageModel> Stages { get; init; } = [];
}

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
