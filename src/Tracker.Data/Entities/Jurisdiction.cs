namespace Tracker.Data.Entities;

/// <summary>A state, county, city, district or territory, with its current S-Comm status.</summary>
public sealed class Jurisdiction : Tracked
{
    /// <summary>Stable public code: the postal code for states ("MN"), "CA-santa-clara-county" for local ones.</summary>
    public required string Code { get; set; }

    public JurisdictionKind Kind { get; set; }

    public required string Name { get; set; }

    public string? PostalCode { get; set; }

    public string? Fips { get; set; }

    public int? ParentId { get; set; }

    public Jurisdiction? Parent { get; set; }

    /// <summary>
    /// Denormalised from the history: the status on today's date by <see cref="StatusEventDates"/>' rule, kept
    /// in the row so that maps and filters by status are a plain indexed query (refreshed at start and after each
    /// midnight, UTC, for events that begin to count later than they were recorded).
    /// </summary>
    public ParticipationStatus CurrentStatus { get; set; }

    public int? CurrentStatusEventId { get; set; }

    public List<StatusEvent> StatusEvents { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
