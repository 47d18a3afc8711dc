namespace Tracker.Api.Actors;

/// <summary>What a legislation stage records beyond its date and description: its bounds, who acted and the vote.</summary>
public sealed record StageRecordModel
{
    public int Key { get; init; }

    public DateOnly? EarliestOn { get; init; }

    public DateOnly? LatestOn { get; init; }

    public string? ActorName { get; init; }

    public int? VoteYes { get; init; }

    public int? VoteNo { get; init; }

    public int? VoteAbstain { get; init; }

    public string? VoteText { get; init; }
}
