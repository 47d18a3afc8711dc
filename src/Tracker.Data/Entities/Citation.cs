namespace Tracker.Data.Entities;

/// <summary>
/// One citation of a source by one record, with the supporting excerpt. Exactly one owner column is set
/// (a check constraint enforces it), which keeps foreign keys real without a table per owner kind.
/// </summary>
public sealed class Citation
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;

    public string? Quote { get; set; }

    public int? JurisdictionId { get; set; }

    public int? StatusEventId { get; set; }

    public int? LegislationId { get; set; }

    public int? LegislationStageId { get; set; }

    public int? OrganizationId { get; set; }

    public int? PersonId { get; set; }

    public int? LetterId { get; set; }

    public int? BodyId { get; set; }

    public int? EventId { get; set; }

    public int? DeportationCaseId { get; set; }

    public int? StatementId { get; set; }

    public int? StatisticId { get; set; }
}
