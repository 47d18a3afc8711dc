namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// The payload of a WebSocket connection's <c>connection_init</c> (graphql-ws's <c>connectionParams</c>), kept on
/// the connection's <see cref="Microsoft.AspNetCore.Http.HttpContext.Features"/> for its whole life: browsers
/// cannot set headers on a WebSocket upgrade, so this is where they send credentials. Empty when the client sent
/// no payload.
/// </summary>
public sealed record ConnectionInitPayload(IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>A string parameter by name, compared ignoring case (<c>Authorization</c> or <c>authorization</c>).</summary>
    public string? Text(string name) =>
        Values.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value as string;
}
