namespace Tracker.Data.Entities;

/// <summary>A dated, sourced change of a jurisdiction's S-Comm status.</summary>
public sealed class StatusEvent : Tracked
{
    public required string Slug { get; set; }

    public int JurisdictionId { get; set; }

    public Jurisdiction Jurisdiction { get; set; } = null!;

    public ParticipationStatus Status { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public DatePrecision DatePrecision { get; set; }

    public DateQualifier DateQualifier { get; set; }

    /// <summary>The earliest day it can have taken effect, where a source bounds the date from before.</summary>
    public DateOnly? EarliestOn { get; set; }

    /// <summary>The latest day it can have taken effect, where a source bounds the date from after.</summary>
    public DateOnly? LatestOn { get; set; }

    /// <summary>
    /// Derived on save by <see cref="StatusEventDates.CountsFrom(StatusEvent)"/>: the first day the event counts
    /// towards a status; null for an ON_OR_AFTER event without <see cref="LatestOn"/> (it counts only from today).
    /// Stored so that a map for any day is a plain comparison in SQL.
    /// </summary>
    public DateOnly? CountsFrom { get; set; }

    public string? Actor { get; set; }

    public required string Description { get; set; }

    public int? LegislationId { get; set; }

    public Legislation? Legislation { get; set; }

    /// <summary>Retracted events stay in the history but no longer count towards the current status.</summary>
    public DateTime? RetractedAt { get; set; }

    public string? RetractionReason { get; set; }

    public List<Citation> Citations { get; set; } = [];
}
