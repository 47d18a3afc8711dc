namespace Tracker.Api.Jurisdictions;

/// <summary>
/// How many jurisdictions of one kind, under one state (or a state-level one itself), have one status: what
/// <see cref="StatusSummaryModel"/> derives every count from.
/// </summary>
public sealed record StatusGroup(JurisdictionKind Kind, int StateKey, bool HasParent, ParticipationStatus Status, int Count);
