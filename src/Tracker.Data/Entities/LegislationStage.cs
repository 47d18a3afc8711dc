namespace Tracker.Data.Entities;

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

    /// <summary>The earliest day it can have happened, where a source bounds the date from before.</summary>
    public DateOnly? EarliestOn { get; set; }

    /// <summary>The latest day it can have happened, where a source bounds the date from after.</summary>
    public DateOnly? LatestOn { get; set; }

    public string? Description { get; set; }

    /// <summary>Who acted, as printed ("Senate lawmakers"); the record it names is a link of role Actor.</summary>
    public string? ActorName { get; set; }

    /// <summary>A recorded vote: the tallies where printed ("11-1"), <see cref="VoteText"/> as printed.</summary>
    public int? VoteYes { get; set; }

    public int? VoteNo { get; set; }

    public int? VoteAbstain { get; set; }

    /// <summary>The vote as printed ("11-1", "unanimously").</summary>
    public string? VoteText { get; set; }

    /// <summary>Who acted (role Actor): at most one.</summary>
    public List<ActorLink> Actors { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];
}
