namespace Tracker.Data.Entities;

/// <summary>
/// A figure the documents state, with its unit, what it counts, where and when, who states it and the verbatim
/// passage. Either <see cref="Value"/> or a bound (<see cref="Low"/> for "over 50%", <see cref="High"/> for "less than
/// 20%"), never both. Stored as a double: SQLite keeps decimals as text and cannot compare them.
/// </summary>
public sealed class Statistic : Tracked
{
    public required string Slug { get; set; }

    public double? Value { get; set; }

    public double? Low { get; set; }

    public double? High { get; set; }

    /// <summary>The printed figure is rounded or a fraction ("about one in four" is 25).</summary>
    public bool Approximate { get; set; }

    /// <summary>The figure as printed ("18.8%", "one-third").</summary>
    public required string ValueText { get; set; }

    public StatisticUnit Unit { get; set; }

    /// <summary>What it counts, in the curator's words.</summary>
    public required string Counts { get; set; }

    public int? JurisdictionId { get; set; }

    public Jurisdiction? Jurisdiction { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DatePrecision? PeriodFromPrecision { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public DatePrecision? PeriodToPrecision { get; set; }

    /// <summary>As printed ("By ICE's own measure").</summary>
    public string? Basis { get; set; }

    /// <summary>Who states it, as printed.</summary>
    public string? AttributedToName { get; set; }

    public int? StatementId { get; set; }

    public Statement? Statement { get; set; }

    public int? LetterId { get; set; }

    public Letter? Letter { get; set; }

    /// <summary>The verbatim sentence that gives the figure.</summary>
    public required string Passage { get; set; }

    public string? Notes { get; set; }

    /// <summary>Who states it (role AttributedTo).</summary>
    public List<ActorLink> Actors { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
