using System.Linq.Expressions;

namespace Tracker.Api.Jurisdictions;

/// <summary>The schema's JurisdictionFilter/Sort and StatusEventFilter/Sort, mapped onto the entities.</summary>
internal static class JurisdictionQueryMaps
{
    public static FilterMap<Jurisdiction> JurisdictionFilters { get; } = Filters(map => map.Enum("status", j => j.CurrentStatus));

    public static SortMap<Jurisdiction> JurisdictionSorts { get; } = Sorts(j => j.CurrentStatus);

    /// <summary>
    /// The same filter with its <c>status</c> read on another day (<c>asOf</c>): the statuses of that day, read once
    /// for the request, become a list of jurisdiction keys.
    /// </summary>
    public static FilterMap<Jurisdiction> JurisdictionFiltersOn(StatusesOnDay statuses) =>
        Filters(map => map.Custom<IReadOnlyDictionary<string, object?>>("status", input => statuses.StatusIn(Matching(input))));

    /// <summary>No filter: for a list whose source applies its filter itself.</summary>
    public static FilterMap<Jurisdiction> Unfiltered { get; } = new();

    /// <summary>The same sort with its <c>status</c> key read on another day.</summary>
    public static SortMap<Jurisdiction> JurisdictionSortsOn(DateOnly day, DateOnly today) => Sorts(StatusEventDates.StatusOn(day, today));

    private static FilterMap<Jurisdiction> Filters(Func<FilterMap<Jurisdiction>, FilterMap<Jurisdiction>> status) => status(new FilterMap<Jurisdiction>()
        .Named("code", "name", "kind", "postalCode", "fips", "parentCode"));

    private static SortMap<Jurisdiction> Sorts(Expression<Func<Jurisdiction, ParticipationStatus>> status) =>
        new SortMap<Jurisdiction>(j => j.Id, [SortKey<Jurisdiction>.Ascending(j => j.Name)])
            .Named("name", "code")
            .AddInDeclaredOrder("kind", j => j.Kind)
            .Add("status", status)
            .Named("fips");

    /// <summary>The statuses a ParticipationStatusFilter input lets through (every condition given must hold).</summary>
    private static List<ParticipationStatus> Matching(IReadOnlyDictionary<string, object?> input) =>
        Enum.GetValues<ParticipationStatus>().Where(status => input.All(condition => condition switch
        {
            (_, null) => true,
            ("eq", ParticipationStatus value) => status == value,
            ("neq", ParticipationStatus value) => status != value,
            ("in", System.Collections.IEnumerable values) => values.OfType<ParticipationStatus>().Contains(status),
            var (op, _) => throw new InvalidOperationException($"ParticipationStatusFilter has no operator \"{op}\"."),
        })).ToList();

    public static FilterMap<StatusEvent> StatusEventFilters { get; } = new FilterMap<StatusEvent>()
        .Named("status", "effectiveOn", "jurisdictionCode", "jurisdictionKind", "actor")
        .Custom<bool>("retracted", retracted => retracted ? e => e.RetractedAt != null : e => e.RetractedAt == null);

    public static SortMap<StatusEvent> StatusEventSorts { get; } = new SortMap<StatusEvent>(e => e.Id, [SortKey<StatusEvent>.Ascending(e => e.EffectiveOn)])
        .Named("effectiveOn", "status");

    /// <summary>A jurisdiction's children (a state's counties), filtered and sorted as jurisdictions are.</summary>
    public static ChildList<Jurisdiction, JurisdictionModel> Children { get; } = new(
        "Jurisdiction.children", j => j.ParentId!.Value, m => m.ParentKey ?? 0, db => db.Jurisdictions.Where(j => j.ParentId != null), JurisdictionFilters, JurisdictionSorts);

    /// <summary>A jurisdiction's status history.</summary>
    public static ChildList<StatusEvent, StatusEventModel> StatusEventsOf { get; } =
        new("Jurisdiction.statusEvents", e => e.JurisdictionId, m => m.JurisdictionKey, db => db.StatusEvents, StatusEventFilters, StatusEventSorts);
}
