using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Tracker.GraphQL.Server.Http;

/// <summary>Security headers chosen per endpoint: metadata on the endpoint, applied by one middleware.</summary>
public static class SecurityHeadersExtensions
{
    /// <summary>Gives the endpoints of this builder (an endpoint, a group) these headers.</summary>
    public static TBuilder WithSecurityHeaders<TBuilder>(this TBuilder builder, SecurityHeaders headers)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(headers);

    /// <summary>
    /// Applies the headers of the endpoint a request was routed to, before its response starts (the GraphQL endpoint
    /// sets its own: its answers are a page or data). Place it after routing (WebApplication routes first by default).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<SecurityHeaders>() is { } headers)
            {
                context.Response.OnStarting(() =>
                {
                    headers.Apply(context.Response);
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}
