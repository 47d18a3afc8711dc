namespace Tracker.Api.Events;

/// <summary>Query fields about events.</summary>
[GraphQLType("Query")]
public sealed class EventQueries(Connections connections, EventLoaders loaders)
{
    public Connection<EventModel> Events(
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Root<Event, EventModel>(
            db => db.Events, EventQueryMaps.Filters, EventQueryMaps.Sorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<EventModel?> Event(string slug) => loaders.BySlugAsync(slug);
}
