using Microsoft.AspNetCore.Http;

namespace Tracker.GraphQL.Server.Subscriptions;

/// <summary>
/// Decides whether a WebSocket connection may start, once its <c>connection_init</c> arrived (graphql-ws's
/// server <c>onConnect</c>): the payload is on the context's features as <see cref="ConnectionInitPayload"/>.
/// Returning a reason refuses the connection, which closes with 4403 Forbidden and that reason (as graphql-ws's
/// server does when <c>onConnect</c> returns false); null accepts it. Resolved from a scope of its own.
/// </summary>
public interface IConnectionInitGuard
{
    ValueTask<string?> CheckAsync(HttpContext context, CancellationToken cancellationToken);
}
