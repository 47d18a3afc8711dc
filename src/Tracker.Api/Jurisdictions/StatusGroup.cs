namespace Tracker.Api.Jurisdictions;

/// <summary>
/// How many jurisdictions of one kind, under one state (or a state-level one itself), have one status: what
/// <see cref="StatusSummaryModel"/> derives every count from.
/// </summary>
public sealed record StatusGroup(JurisdictionKind Kind, int StateKey, bool HasParent, ParticipationStatus Status, int Count)
{
    /// <summary>
    /// The counts on a day: every jurisdiction of <paramref name="places"/> (a count per kind, state and level) starts
    /// UNKNOWN, and each one with a known status that day (<paramref name="known"/>) moves out of UNKNOWN to it. The
    /// database path and the kept status record both count this way.
    /// </summary>
    public static List<StatusGroup> OnDay(
        IEnumerable<((JurisdictionKind Kind, int StateKey, bool HasParent) Place, int Count)> places,
        IEnumerable<((JurisdictionKind Kind, int StateKey, bool HasParent) Place, ParticipationStatus Status)> known)
    {
        var groups = places.ToDictionary(p => (p.Place.Kind, p.Place.StateKey, p.Place.HasParent, Status: ParticipationStatus.Unknown), p => p.Count);
        foreach (var ((kind, stateKey, hasParent), status) in known)
        {
            if (status == ParticipationStatus.Unknown)
            {
                continue;
            }
            groups[(kind, stateKey, hasParent, ParticipationStatus.Unknown)] -= 1;
            groups[(kind, stateKey, hasParent, status)] = groups.GetValueOrDefault((kind, stateKey, hasParent, status)) + 1;
        }
        return groups.Where(g => g.Value > 0).Select(g => new StatusGroup(g.Key.Kind, g.Key.StateKey, g.Key.HasParent, g.Key.Status, g.Value)).ToList();
    }
}
