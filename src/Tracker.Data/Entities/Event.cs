namespace Tracker.Data.Entities;

/// <summary>
/// Something that happens at a place and a time: a meeting, a protest, a legal clinic, a hearing, a call-in day, a
/// day of action, a legislative session, an ongoing campaign. Its start is dated like a status event (precision,
/// qualifier, range), or not at all when the documents do not date it; then all the date fields are null together.
/// </summary>
public sealed class Event : Tracked
{
    public required string Slug { get; set; }

    public EventKind Kind { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    public DateQualifier? DateQualifier { get; set; }

    public DateOnly? EarliestOn { get; set; }

    public DateOnly? LatestOn { get; set; }

    /// <summary>Local time in <see cref="TimeZone"/>, where printed ("10:00 a.m.").</summary>
    public TimeOnly? StartTime { get; set; }

    public DateOnly? EndsOn { get; set; }

    public TimeOnly? EndTime { get; set; }

    /// <summary>IANA zone of the local times ("America/Chicago").</summary>
    public string? TimeZone { get; set; }

    /// <summary>As printed: "Walker Church".</summary>
    public string? PlaceName { get; set; }

    /// <summary>As printed: "3104 16th Ave. South, Minneapolis".</summary>
    public string? Address { get; set; }

    /// <summary>Where it takes place.</summary>
    public int? JurisdictionId { get; set; }

    public Jurisdiction? Jurisdiction { get; set; }

    /// <summary>The date of the document announcing or reporting it.</summary>
    public DateOnly? AnnouncedOn { get; set; }

    public string? Notes { get; set; }

    /// <summary>
    /// The slug of the CAMPAIGN letter this event was moved from, if it was one; seed events that replace a letter
    /// are matched by it, so an upgraded database never gets the event twice.
    /// </summary>
    public string? LegacyLetterSlug { get; set; }

    /// <summary>Organisers, sponsors, participants and addressees, in printed order per role.</summary>
    public List<ActorLink> Actors { get; set; } = [];

    /// <summary>The jurisdictions it aims at.</summary>
    public List<Jurisdiction> Targets { get; set; } = [];

    public List<Letter> Letters { get; set; } = [];

    public List<Legislation> Legislation { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
