using System.Collections.Concurrent;

namespace Tracker.Api.Jurisdictions;

/// <summary>
/// The status record as of one data version: every standing (unretracted) status event, whole, in the order the
/// dating rule and the timeline read them (effective date, then key), and every jurisdiction's kind, state and
/// denormalised current status, and whole the jurisdictions the events name. Immutable, so that the requests of that version share it
/// (<see cref="StatusRecordCache"/>). The map, the summaries and the timeline read a few thousand events and every
/// one of the jurisdictions on each request; at 1,000,000 signatures that reading (EF Core materialising the rows)
/// was most of their time, for a record that changes only when a write commits.
/// </summary>
public sealed class StatusRecordSnapshot
{
    private readonly Lazy<List<StatusGroup>> _currentGroups;
    private readonly Lazy<Dictionary<(JurisdictionKind Kind, int StateKey, bool HasParent), int>> _places;
    private readonly Dictionary<int, Place> _byKey;
    private readonly Dictionary<int, StatusEventModel> _eventsByKey;
    private readonly Dictionary<int, JurisdictionModel> _named;
    private readonly ConcurrentDictionary<(DateOnly? From, DateOnly? To, DateOnly Today), StatusTimelineModel> _timelines = new();

    /// <summary>
    /// The most timelines kept with a record (<see cref="TimelineOf"/>): dashboards ask for a few periods, and each
    /// timeline holds references to the record's events and a point a month (at most a few hundred kilobytes).
    /// </summary>
    public const int MaxTimelines = 16;

    /// <summary>What the summaries need of a jurisdiction.</summary>
    public readonly record struct Place(int Key, JurisdictionKind Kind, int? ParentKey, ParticipationStatus CurrentStatus)
    {
        /// <summary>A county or city counts under its state; a state-level jurisdiction under itself.</summary>
        public (JurisdictionKind Kind, int StateKey, bool HasParent) Group => (Kind, ParentKey ?? Key, ParentKey is not null);
    }

    public StatusRecordSnapshot(IReadOnlyList<StatusEventModel> standingEvents, IReadOnlyList<Place> jurisdictions, IReadOnlyList<JurisdictionModel> named)
    {
        StandingEvents = standingEvents;
        _byKey = jurisdictions.ToDictionary(j => j.Key);
        _named = named.ToDictionary(j => j.Key);
        _eventsByKey = standingEvents.ToDictionary(e => e.Key);
        _currentGroups = new(() => jurisdictions.GroupBy(j => (j.Group, j.CurrentStatus))
            .Select(g => new StatusGroup(g.Key.Group.Kind, g.Key.Group.StateKey, g.Key.Group.HasParent, g.Key.CurrentStatus, g.Count()))
            .ToList());
        _places = new(() => jurisdictions.GroupBy(j => j.Group).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>The unretracted events, ordered by effective date, then key.</summary>
    public IReadOnlyList<StatusEventModel> StandingEvents { get; }

    /// <summary>Every jurisdiction grouped by kind, state and the current status its row holds.</summary>
    public IReadOnlyList<StatusGroup> CurrentGroups => _currentGroups.Value;

    /// <summary>
    /// The jurisdiction of <paramref name="statusEvent"/> as read with this record, when the event is this record's
    /// own (the same object, not merely the same key: an event read elsewhere may be of another version).
    /// </summary>
    public JurisdictionModel? JurisdictionOf(StatusEventModel statusEvent) =>
        _eventsByKey.TryGetValue(statusEvent.Key, out var kept) && ReferenceEquals(kept, statusEvent)
            ? _named.GetValueOrDefault(statusEvent.JurisdictionKey)
            : null;

    /// <summary>
    /// The timeline from <paramref name="from"/> to <paramref name="to"/> as of <paramref name="today"/> (each as the
    /// caller gave it: without "to" the default start may differ from the same period asked for by its dates), built by
    /// <paramref name="build"/> from this record once and kept with it (up to <see cref="MaxTimelines"/> periods), so
    /// that the requests of this data version do not replay the record again. A build that refuses the period throws
    /// and keeps nothing.
    /// </summary>
    public StatusTimelineModel TimelineOf(DateOnly? from, DateOnly? to, DateOnly today, Func<StatusTimelineModel> build)
    {
        var key = (from, to, today);
        if (_timelines.TryGetValue(key, out var kept))
        {
            return kept;
        }
        var built = build();
        return _timelines.Count < MaxTimelines ? _timelines.GetOrAdd(key, built) : built;
    }

    /// <summary>The statuses on <paramref name="day"/> by the dating rule, today being <paramref name="today"/>.</summary>
    public StatusesOnDay On(DateOnly day, DateOnly today) => StatusesOnDay.From(StandingEvents
        .Where(e => StatusEventDates.CountsOn(e.CountsFrom, day, today))
        .Select(e => new StatusesOnDay.Candidate(e.Key, e.JurisdictionKey, e.EffectiveOn, e.Status)), _eventsByKey);

    /// <summary>Every jurisdiction grouped by kind, state and its status on the day <paramref name="statuses"/> are of.</summary>
    public List<StatusGroup> GroupsOn(StatusesOnDay statuses) => StatusGroup.OnDay(
        _places.Value.Select(p => (p.Key, p.Value)),
        statuses.JurisdictionKeys.Where(_byKey.ContainsKey).Select(key => (_byKey[key].Group, statuses.StatusOf(key))));
}
