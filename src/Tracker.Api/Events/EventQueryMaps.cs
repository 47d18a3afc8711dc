using System.Linq.Expressions;

namespace Tracker.Api.Events;

/// <summary>The schema's EventFilter/Sort, mapped onto the entity.</summary>
internal static class EventQueryMaps
{
    public static FilterMap<Event> Filters { get; } = new FilterMap<Event>()
        .String("slug", e => e.Slug)
        .String("title", e => e.Title)
        .Enum("kind", e => e.Kind)
        .Date("startsOn", e => e.StartsOn)
        .Custom<string>("jurisdiction", code => e => e.Jurisdiction!.Code == code)
        .Custom<string>("state", EventDates.InState)
        .Custom<DateOnly>("startedBy", EventDates.StartedBy);

    /// <summary>Newest first by default, as letters are.</summary>
    public static SortMap<Event> Sorts { get; } = new SortMap<Event>(e => e.Id, [(Key<Event, DateOnly?>(e => e.StartsOn), true)])
        .Add("startsOn", e => e.StartsOn)
        .Add("title", e => e.Title)
        .Add("kind", e => e.Kind);

    private static LambdaExpression Key<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) => key;
}
