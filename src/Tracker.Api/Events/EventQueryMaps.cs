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
}
