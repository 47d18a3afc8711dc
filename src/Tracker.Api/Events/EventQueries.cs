namespace Tracker.Api.Events;

/// <summary>Query fields about events.</summary>
[GraphQLType("Query")]
public sealed class EventQueries(Connections connections, EventLoaders loaders)
{
    public Connection<EventModel> Events([Arguments] ConnectionArgs args, CancellationToken cancellationToken) => connections.Root(EventQueryMaps.Records, args, cancellationToken);

    public Task<EventModel?> Event(string slug) => loaders.BySlugAsync(slug);
}
