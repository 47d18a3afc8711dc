using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Messaging;

/// <summary>
/// How many connections held open for live data (WebSocket, event streams, multipart subscriptions) the server takes:
/// <c>Tracker:Live:MaxConnections</c> in all (10,000) and <c>Tracker:Live:MaxConnectionsPerClient</c> per client
/// address (100); and how many subscription events execute at once, <c>Tracker:Live:MaxConcurrentEvents</c> (unset: the
/// server's default, one per processor and at most 16, below PostgreSQL's pool of 20 so that queries and mutations still
/// find connections while a write's events run; 1 to 1,000). Read when the server starts, so a bad value refuses the
/// start by name. Behind a reverse proxy the per-client count sees the proxy's address unless the proxy is named in
/// <c>Tracker:Auth:KnownProxies</c>.
/// </summary>
public sealed record LiveConnectionLimits(int MaxConnections, int MaxConnectionsPerClient, int? MaxConcurrentEvents)
{
    public static LiveConnectionLimits From(IConfiguration configuration) => new(
        SettingValues.WholeNumber(configuration, "Tracker:Live:MaxConnections") ?? 10_000,
        SettingValues.WholeNumber(configuration, "Tracker:Live:MaxConnectionsPerClient") ?? 100,
        SettingValues.WholeNumber(configuration, "Tracker:Live:MaxConcurrentEvents", max: 1_000));

    public void Apply(GraphQLServerOptions options)
    {
        options.MaxLiveConnections = MaxConnections;
        options.MaxLiveConnectionsPerClient = MaxConnectionsPerClient;
        if (MaxConcurrentEvents is { } events)
        {
            options.MaxConcurrentSubscriptionEvents = events;
        }
    }
}
