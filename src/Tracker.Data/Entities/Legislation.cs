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

    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A dated step of a piece of legislation: introduced, passed, vetoed...</summary>
public sealed class LegislationStage
{
    public int Id { get; set; }

    public int LegislationId { get; set; }

    public Legislation Legislation { get; set; } = null!;

    public LegislationStageKind Stage { get; set; }

    public DateOnly Date { get; set; }

    public DatePrecision DatePrecision { get; set; }

    public DateQualifier DateQualifier { get; set; }

    public string? Description { get; set; }

    public List<Citation> Citations { get; set; } = [];
}
