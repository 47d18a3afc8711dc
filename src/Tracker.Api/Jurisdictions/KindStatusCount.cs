namespace Tracker.Api.Jurisdictions;

public sealed record KindStatusCount(JurisdictionKind Kind, ParticipationStatus Status, int Count);
