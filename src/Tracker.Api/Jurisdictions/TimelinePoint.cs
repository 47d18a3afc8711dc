namespace Tracker.Api.Jurisdictions;

public sealed record TimelinePoint(DateOnly Date, IReadOnlyList<StatusCount> Counts);
