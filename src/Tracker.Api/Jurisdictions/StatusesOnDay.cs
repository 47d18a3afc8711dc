using System.Linq.Expressions;

namespace Tracker.Api.Jurisdictions;

/// <summary>
/// Every jurisdiction's deciding status event on one day, by the dating rule (<see cref="StatusEventDates"/>):
/// among its standing events that count that day, the one with the latest effective date (ties: the later
/// entered). Jurisdictions absent from it are UNKNOWN that day. Read once per request and day
/// (<see cref="DayStatusReader"/>) and shared by the status filter, the nodes' <c>status</c> and
/// <c>currentStatusEvent</c>, and <c>statusSummary</c>: at 1,000,000 signatures each of those used to compute
/// the deciding events again in SQL, a correlated search per counting event, three or four times a request.
/// </summary>
public sealed class StatusesOnDay
{
    private readonly Dictionary<int, Deciding> _byJurisdiction;
    private readonly IReadOnlyDictionary<int, StatusEventModel>? _events;

    private StatusesOnDay(Dictionary<int, Deciding> byJurisdiction, IReadOnlyDictionary<int, StatusEventModel>? events) =>
        (_byJurisdiction, _events) = (byJurisdiction, events);

    /// <summary>A standing event that counts on the day: what choosing the deciding one needs.</summary>
    public readonly record struct Candidate(int EventKey, int JurisdictionKey, DateOnly EffectiveOn, ParticipationStatus Status);

    private readonly record struct Deciding(int EventKey, DateOnly EffectiveOn, ParticipationStatus Status);

    /// <summary>
    /// The deciding event of each jurisdiction among the events that count on the day; <paramref name="events"/>, when
    /// the whole events are at hand (the kept <see cref="StatusRecordSnapshot"/>), answers <see cref="EventOf"/>.
    /// </summary>
    public static StatusesOnDay From(IEnumerable<Candidate> counting, IReadOnlyDictionary<int, StatusEventModel>? events = null)
    {
        var byJurisdiction = new Dictionary<int, Deciding>();
        foreach (var candidate in counting)
        {
            if (!byJurisdiction.TryGetValue(candidate.JurisdictionKey, out var current)
                || StatusEventDates.IsLater(candidate.EffectiveOn, candidate.EventKey, current.EffectiveOn, current.EventKey))
            {
                byJurisdiction[candidate.JurisdictionKey] = new Deciding(candidate.EventKey, candidate.EffectiveOn, candidate.Status);
            }
        }
        return new StatusesOnDay(byJurisdiction, events);
    }

    /// <summary>The jurisdictions with a deciding event that day (every other one is UNKNOWN).</summary>
    public IReadOnlyCollection<int> JurisdictionKeys => _byJurisdiction.Keys;

    public ParticipationStatus StatusOf(int jurisdictionKey) =>
        _byJurisdiction.TryGetValue(jurisdictionKey, out var deciding) ? deciding.Status : ParticipationStatus.Unknown;

    /// <summary>The event the jurisdiction's status comes from that day; null when it is UNKNOWN for lack of one.</summary>
    public int? EventKeyOf(int jurisdictionKey) =>
        _byJurisdiction.TryGetValue(jurisdictionKey, out var deciding) ? deciding.EventKey : null;

    /// <summary>
    /// The whole event the jurisdiction's status comes from that day, when these statuses were computed from the kept
    /// record; null when it is UNKNOWN or the event must be loaded by <see cref="EventKeyOf"/>.
    /// </summary>
    public StatusEventModel? EventOf(int jurisdictionKey) =>
        _events is not null && EventKeyOf(jurisdictionKey) is { } key ? _events.GetValueOrDefault(key) : null;

    /// <summary>
    /// Whether a jurisdiction's status that day is one of <paramref name="statuses"/>, as a key list the database
    /// reads once (one array parameter, <see cref="KeyPredicates"/>). UNKNOWN is the status of a jurisdiction
    /// without a deciding event, so a set holding it is tested as "not among those whose status is outside the set".
    /// </summary>
    public Expression<Func<Jurisdiction, bool>> StatusIn(IReadOnlyCollection<ParticipationStatus> statuses)
    {
        var unknown = statuses.Contains(ParticipationStatus.Unknown);
        var keys = _byJurisdiction.Where(pair => statuses.Contains(pair.Value.Status) != unknown).Select(pair => pair.Key).Order();
        var among = KeyPredicates.In<Jurisdiction, int>(j => j.Id, keys);
        return unknown ? Expression.Lambda<Func<Jurisdiction, bool>>(Expression.Not(among.Body), among.Parameters) : among;
    }
}
