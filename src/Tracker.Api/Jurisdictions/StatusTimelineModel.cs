namespace Tracker.Api.Jurisdictions;

public sealed record StatusTimelineModel(DateOnly From, DateOnly To, IReadOnlyList<StatusEventModel> Events, IReadOnlyList<TimelinePoint> Points);
