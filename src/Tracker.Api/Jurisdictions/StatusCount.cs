namespace Tracker.Api.Jurisdictions;

public sealed record StatusCount(ParticipationStatus Status, int Count);
