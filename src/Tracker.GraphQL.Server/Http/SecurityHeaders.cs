using Microsoft.AspNetCore.Http;

namespace Tracker.GraphQL.Server.Http;

/// <summary>
/// The security headers of a kind of response: its Content-Security-Policy (with its frame policy,
/// <c>frame-ancestors</c>, mirrored in X-Frame-Options for older browsers), its Referrer-Policy, and always
/// <c>X-Content-Type-Options: nosniff</c>. Chosen per endpoint (<see cref="SecurityHeadersExtensions"/>), so that
/// a page meant to be embedded elsewhere can allow frames while everything else refuses them.
/// </summary>
public sealed record SecurityHeaders(string ContentSecurityPolicy, string? FrameOptions = "DENY", string ReferrerPolicy = "no-referrer")
{
    /// <summary>
    /// The playground: its own scripts, styles, fonts and images only (GraphiQL is served by this server, nothing
    /// inline), requests to this origin (HTTP and WebSocket), never framed.
    /// </summary>
    public static SecurityHeaders Playground { get; } = new(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");

    /// <summary>
    /// Data: GraphQL results, downloads (CSV, SDL), scripts and styles served as files. Nothing in them may run or
    /// load anything should a browser open one as a page, and none is framed.
    /// </summary>
    public static SecurityHeaders Data { get; } = new("default-src 'none'; frame-ancestors 'none'; sandbox");

    public void Apply(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = ReferrerPolicy;
        if (FrameOptions is null)
        {
            response.Headers.Remove("X-Frame-Options");
        }
        else
        {
            response.Headers.XFrameOptions = FrameOptions;
        }
    }
}
