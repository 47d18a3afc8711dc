using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Tracker.Api.Dashboard;

/// <summary>
/// Serves the public dashboard: the page at <c>/</c> (and the embeddable views under <c>/embed/</c>) and its
/// hashed assets under <c>/assets/</c>. The page is revalidated on every visit (<c>no-cache</c>), the assets are
/// cached for a year as immutable (their names change with their content). The page's frame policy is explicit:
/// the dashboard may only be framed by its own origin, the embeddable views by any site.
/// </summary>
internal static class DashboardEndpoints
{
    private const string ImmutableAssets = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        var assets = endpoints.ServiceProvider.GetRequiredService<DashboardAssets>();
        var options = endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetSection("Dashboard").Get<DashboardOptions>() ?? new DashboardOptions();
        var page = new DashboardPage(assets.IndexHtml, options.Endpoint);
        string[] methods = [HttpMethods.Get, HttpMethods.Head];

        endpoints.MapMethods("/", methods, (HttpContext context) => page.WriteAsync(context, framedByAnyone: false));
        endpoints.MapMethods("/embed/{**view}", methods, (HttpContext context) => page.WriteAsync(context, framedByAnyone: true));
        endpoints.MapMethods("/assets/{file}", methods, (HttpContext context, string file) => WriteAssetAsync(context, assets, file));
        return endpoints;
    }

    private static async Task WriteAssetAsync(HttpContext context, DashboardAssets assets, string file)
    {
        var response = context.Response;
        if (!assets.Assets.TryGetValue(file, out var asset))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.Headers.CacheControl = ImmutableAssets;
        response.Headers.ETag = asset.ETag;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.ContentType = asset.ContentType;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var (body, encoding) = Choose(context.Request.Headers.AcceptEncoding, asset);
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Brotli when the client takes it, else gzip, else the file as it is (a quality of 0 refuses a coding).</summary>
    private static (byte[] Body, string? Encoding) Choose(StringValues acceptEncoding, DashboardFile asset)
    {
        var accepted = StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)
            ? codings.Where(c => c.Quality is not 0).Select(c => c.Value.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        if (asset.Brotli is not null && accepted.Contains("br"))
        {
            return (asset.Brotli, "br");
        }
        if (asset.Gzip is not null && accepted.Contains("gzip"))
        {
            return (asset.Gzip, "gzip");
        }
        return (asset.Content, null);
    }
}
