namespace Tracker.Api.Events;

/// <summary>The schema's EventFilter/Sort, mapped onto the entity.</summary>
internal static class EventQueryMaps
{
    public static FilterMap<Event> Filters { get; } = new FilterMap<Event>()
        .Named("slug", "title", "kind", "startsOn")
        .Is("jurisdiction", e => e.Jurisdiction!.Code)
        .Custom<string>("state", EventDates.InState)
        .Custom<DateOnly>("startedBy", EventDates.StartedBy);

    /// <summary>Newest first by default, as letters are.</summary>
    public static SortMap<Event> Sorts { get; } = new SortMap<Event>(e => e.Id, [SortKey<Event>.Descending(e => e.StartsOn)])
        .Named("startsOn", "title", "kind");

    /// <summary>Events as lists and loaders read them.</summary>
    public static RecordKind<Event, EventModel> Records { get; } = new(TypeNames.Event, db => db.Events, e => e.Slug, Filters, Sorts);

    /// <summary>
    /// The events held in a jurisdiction (their <c>jurisdiction</c>; those only aimed at it are found by their
    /// targets), filtered and sorted as <c>events</c> is.
    /// </summary>
    public static ChildList<Event, EventModel> OfJurisdiction { get; } = new(
        "Jurisdiction.events", e => e.JurisdictionId!.Value, m => m.JurisdictionKey ?? 0, db => db.Events.Where(e => e.JurisdictionId != null), Filters, Sorts);
}
