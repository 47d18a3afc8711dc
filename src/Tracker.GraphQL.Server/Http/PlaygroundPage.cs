using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.GraphQL.Server.Http;

/// <summary>Serves GraphiQL from resources embedded in this assembly at build time.</summary>
internal static class PlaygroundPage
{
    private static readonly Assembly Assembly = typeof(PlaygroundPage).Assembly;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["graphiql.js"] = "text/javascript; charset=utf-8",
        ["react.js"] = "text/javascript; charset=utf-8",
        ["react-dom.js"] = "text/javascript; charset=utf-8",
        ["graphiql.css"] = "text/css; charset=utf-8",
        ["playground.js"] = "text/javascript; charset=utf-8",
        ["playground.css"] = "text/css; charset=utf-8",
    };

    public static async Task WritePageAsync(HttpContext context, string endpointPath, GraphQLServerOptions options)
    {
        using var reader = new StreamReader(Assembly.GetManifestResourceStream("playground/index.html")!);
        var settings = JsonSerializer.Serialize(new { endpoint = endpointPath, defaultQuery = options.PlaygroundDefaultQuery })
            .Replace("<", "\\u003c", StringComparison.Ordinal);
        var html = (await reader.ReadToEndAsync())
            .Replace("{{TITLE}}", "GraphQL playground", StringComparison.Ordinal)
            .Replace("{{ASSETS}}", endpointPath.TrimEnd('/') + "/playground", StringComparison.Ordinal)
            .Replace("{{SETTINGS}}", settings, StringComparison.Ordinal);
        context.Response.ContentType = "text/html; charset=utf-8";
        SecurityHeaders.Playground.Apply(context.Response);
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    public static async Task WriteAssetAsync(HttpContext context, string asset)
    {
        SecurityHeaders.Data.Apply(context.Response);
        if (!ContentTypes.TryGetValue(asset, out var contentType) || Assembly.GetManifestResourceStream("playground/" + asset) is not { } stream)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await using (stream)
        {
            context.Response.ContentType = contentType;
            context.Response.Headers.CacheControl = "public, max-age=86400";
            context.Response.ContentLength = stream.Length;
            await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }
}
