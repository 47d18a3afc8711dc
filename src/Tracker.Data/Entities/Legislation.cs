namespace Tracker.Data.Entities;

/// <summary>A bill, resolution, executive action or council vote about S-Comm in a jurisdiction.</summary>
public sealed class Legislation : Tracked
{
    public required string Slug { get; set; }

    public int JurisdictionId { get; set; }

    public Jurisdiction Jurisdiction { get; set; } = null!;

    /// <summary>As the documents name it: "SF 1143", "AB 1081".</summary>
    public string? Identifier { get; set; }

    public required string Title { get; set; }

    public LegislationKind Kind { get; set; }

    public LegislationStance Stance { get; set; }

    public string? Summary { get; set; }

    public List<LegislationStage> Stages { get; set; } = [];

    /// <summary>Sponsors, actors, supporters and opponents, in printed order per role.</summary>
    public List<ActorLink> Actors { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
