using Tracker.GraphQL;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.Api.Auth;

/// <summary>
/// A WebSocket connection that presents a key (the upgrade's <c>Authorization</c> header, or
/// <c>connectionParams</c> <c>{"Authorization": "Bearer ..."}</c> for browsers, which cannot set that header) must
/// present a working one: otherwise it is closed with 4403 and the refusal's code (UNAUTHENTICATED, RATE_LIMITED)
/// in the reason, as graphql-ws's servers refuse in <c>onConnect</c>. The check is the HTTP one: it counts as a
/// failed key check of the client's address. A connection without a key is accepted; its operations are public
/// only (a mutation over it is refused per operation, as over HTTP).
/// </summary>
internal sealed class ConnectionKeyCheck(CallerIdentity caller) : IConnectionInitGuard
{
    public async ValueTask<string?> CheckAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!caller.PresentedKey)
        {
            return null;
        }
        try
        {
            await caller.RequireAsync(ApiKeyRole.Maintainer, cancellationToken);
            return null;
        }
        catch (GraphQLError refused)
        {
            return $"{refused.Extensions?["code"]}: {refused.Message}";
        }
    }
}
