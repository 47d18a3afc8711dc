namespace Tracker.Api.Jurisdictions;

/// <summary>A charted period; <see cref="ShortenedFrom"/> is the first event's date when the default start was moved past it.</summary>
public sealed record StatusTimelineModel(DateOnly From, DateOnly To, IReadOnlyList<StatusEventModel> Events, IReadOnlyList<TimelinePoint> Points, DateOnly? ShortenedFrom);
