namespace Tracker.Api.Jurisdictions;

public sealed record StateStatusCount(int StateKey, ParticipationStatus Status, int Count);
