using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Caching;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint (HTTP, Server-Sent Events, WebSocket when <c>UseWebSockets</c> is on, and the
    /// playground with its assets under <c>{path}/playground/</c>). Builds and binds the schema now, so a
    /// schema or binding problem stops the application at start.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var executor = endpoints.ServiceProvider.GetRequiredService<RequestExecutor>();
        var options = endpoints.ServiceProvider.GetRequiredService<GraphQLServerOptions>();
        // The response cache only with a version to key it on: without one no answer could be known to be current.
        var cache = options.EnableResponseCache && endpoints.ServiceProvider.GetService<IResponseVersion>() is { } versions
            ? (endpoints.ServiceProvider.GetRequiredService<ResponseCache>(), versions)
            : default((ResponseCache, IResponseVersion)?);
        var handler = new GraphQLHttpHandler(executor, options, path, cache);
        // HEAD wherever GET works (RFC 9110 §9.1); Kestrel sends the headers and drops the body.
        endpoints.MapMethods(path.TrimEnd('/') + "/playground/{asset}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string asset) => PlaygroundPage.WriteAssetAsync(context, asset));
        return endpoints.Map(path, handler.HandleAsync);
    }
}
