namespace Tracker.Api.Jurisdictions;

/// <summary>A jurisdiction as the API reads it (projected from <see cref="Jurisdiction"/>).</summary>
public sealed record JurisdictionModel : TrackedModel
{
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
