namespace Tracker.Data.Entities;

/// <summary>
/// Words or a deed attributed to a person, organisation or body, dated and cited. A QUOTE or PARAPHRASE holds the
/// printed passage with its attribution; an ACTION the curator's account of the deed, with its <see cref="Action"/>.
/// Its date, when given, is read like a status event's (precision, qualifier, range); all null together otherwise.
/// </summary>
public sealed class Statement : Tracked
{
    public required string Slug { get; set; }

    public StatementKind Kind { get; set; }

    /// <summary>Set exactly when <see cref="Kind"/> is Action.</summary>
    public ActionKind? Action { get; set; }

    /// <summary>The speaker as printed; for unnamed speakers the only identification.</summary>
    public string? SpeakerName { get; set; }

    public required string Text { get; set; }

    /// <summary>"en" or "es".</summary>
    public required string Language { get; set; }

    public DateOnly? Date { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    public DateQualifier? DateQualifier { get; set; }

    public DateOnly? EarliestOn { get; set; }

    public DateOnly? LatestOn { get; set; }

    public int? LetterId { get; set; }

    public Letter? Letter { get; set; }

    public int? LegislationId { get; set; }

    public Legislation? Legislation { get; set; }

    public int? EventId { get; set; }

    public Event? Event { get; set; }

    public string? Notes { get; set; }

    /// <summary>Speakers and addressees, in printed order per role.</summary>
    public List<ActorLink> Actors { get; set; } = [];

    /// <summary>The jurisdictions it concerns.</summary>
    public List<Jurisdiction> Jurisdictions { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
