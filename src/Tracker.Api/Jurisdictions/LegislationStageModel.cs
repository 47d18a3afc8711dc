namespace Tracker.Api.Jurisdictions;

/// <summary>
/// A dated stage of legislation, with its bounds, who acted (the name as printed) and its vote, read with the
/// legislation's stages in the legislation's own statement.
/// </summary>
public sealed record LegislationStageModel
{
    public int Key { get; init; }

    public LegislationStageKind Stage { get; init; }

    public DateOnly Date { get; init; }

    public DatePrecision DatePrecision { get; init; }

    public DateQualifier DateQualifier { get; init; }

    public DateOnly? EarliestOn { get; init; }

    public DateOnly? LatestOn { get; init; }

    public string? Description { get; init; }

    public string? ActorName { get; init; }

    public int? VoteYes { get; init; }

    public int? VoteNo { get; init; }

    public int? VoteAbstain { get; init; }

    public string? VoteText { get; init; }
}
