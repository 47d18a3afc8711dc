namespace Tracker.Data.Entities;

/// <summary>
/// A person, organisation or body playing a part (<see cref="Role"/>) in a record: a bill's sponsor, a stage's actor,
/// an event's organiser, a statement's speaker, a statistic's source. Exactly one owner column and exactly one actor
/// column are set (check constraints), which keeps foreign keys real in one table, as <see cref="Citation"/> does.
/// </summary>
public sealed class ActorLink
{
    public int Id { get; set; }

    public ActorRole Role { get; set; }

    /// <summary>1-based printed order among the owner's links of the same role.</summary>
    public int Position { get; set; }

    public int? LegislationId { get; set; }

    public int? LegislationStageId { get; set; }

    public int? EventId { get; set; }

    public int? StatementId { get; set; }

    public int? StatisticId { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public int? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public int? BodyId { get; set; }

    public Body? Body { get; set; }
}
