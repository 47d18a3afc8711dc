using System.Text;
using System.Text.Encodings.Web;

namespace Tracker.Api.Dashboard;

/// <summary>
/// The dashboard's HTML: the built index.html with the GraphQL endpoint filled in, and its security headers. The
/// content security policy allows only this server's scripts, styles and map data, and connections to the
/// endpoint (HTTP and WebSocket); <c>frame-ancestors</c> is this origin for the dashboard and any origin for the
/// embeddable views.
/// </summary>
internal sealed class DashboardPage
{
    private readonly byte[] _html;
    private readonly string _etag;
    private readonly string _connectSources;

    public DashboardPage(string template, string endpoint)
    {
        _html = Encoding.UTF8.GetBytes(template.Replace("{{ENDPOINT}}", HtmlEncoder.Default.Encode(endpoint), StringComparison.Ordinal));
        _etag = DashboardAssets.ETagOf(_html);
        _connectSources = ConnectSources(endpoint);
    }

    public async Task WriteAsync(HttpContext context, bool framedByAnyone)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ETag = _etag;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.ContentSecurityPolicy =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            $"connect-src {_connectSources}; base-uri 'none'; form-action 'self'; " +
            (framedByAnyone ? "frame-ancestors *" : "frame-ancestors 'self'");
        if (!framedByAnyone)
        {
            // For browsers without CSP frame-ancestors.
            headers.XFrameOptions = "SAMEORIGIN";
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        if (context.Request.Headers.IfNoneMatch == _etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.ContentLength = _html.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(_html, context.RequestAborted);
        }
    }

    /// <summary>'self' (which covers ws: and wss: to this host), plus the endpoint's origin when it is another server.</summary>
    private static string ConnectSources(string endpoint)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "'self'";
        }
        var socket = (uri.Scheme == "https" ? "wss://" : "ws://") + uri.Authority;
        return $"'self' {uri.GetLeftPart(UriPartial.Authority)} {socket}";
    }
}
