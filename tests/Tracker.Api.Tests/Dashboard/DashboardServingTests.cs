using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Dashboard;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>How the server serves the dashboard: caching, compression, frame policy, persisted documents, the endpoint setting.</summary>
public sealed partial class DashboardServingTests : IDisposable
{
    private readonly TrackerApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_page_is_revalidated_and_its_hashed_assets_are_cached_for_a_year_and_sent_compressed()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        var html = await page.Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(3, assets.Count);
        foreach (var path in assets)
        {
            using var plain = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", plain.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", plain.Headers.GetValues("X-Content-Type-Options").Single());
            var identity = await plain.Content.ReadAsByteArrayAsync();

            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd("gzip;q=0.5, br");
            using var compressed = await client.SendAsync(request);
            Assert.Equal("br", compressed.Content.Headers.ContentEncoding.Single());
            await using var brotli = new BrotliStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
            using var decompressed = new MemoryStream();
            await brotli.CopyToAsync(decompressed);
            Assert.Equal(identity, decompressed.ToArray());
            Assert.True(compressed.Content.Headers.ContentLength < identity.Length);
        }
        using var missing = await client.GetAsync("/assets/app-00000000.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Embedded_views_may_be_framed_by_any_site_and_the_dashboard_only_by_its_own()
    {
        using var client = _factory.CreateClient();
        using var dashboard = await client.GetAsync("/");
        Assert.Contains("frame-ancestors 'self'", Csp(dashboard));
        Assert.Equal("SAMEORIGIN", dashboard.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", Csp(dashboard));

        foreach (var path in new[] { "/embed/map", "/embed/jurisdiction/MN" })
        {
            using var embed = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
            Assert.Contains("frame-ancestors *", Csp(embed));
            Assert.False(embed.Headers.Contains("X-Frame-Options"));
        }
    }

    [Fact]
    public async Task Every_dashboard_query_is_a_preloaded_persisted_document_answered_by_GET()
    {
        var documents = _factory.Services.GetRequiredService<DashboardAssets>().Documents;
        Assert.True(documents.Count >= 10);
        var variables = new Dictionary<string, object>
        {
            ["MapStatuses"] = new { asOf = "2011-06-01" },
            ["MapCounties"] = new { asOf = "2011-06-01" },
            ["JurisdictionPanel"] = new { code = "MN", asOf = "2011-06-01" },
            ["Letters"] = new { kinds = new[] { "SIGN_ON_LETTER" } },
            ["LetterPage"] = new { slug = "morton-2011-07-20" },
            ["LetterSignatures"] = new { slug = "morton-2011-07-20" },
            ["Search"] = new { text = "Lawyers Guild" },
            ["OrganizationPage"] = new { slug = "national-lawyers-guild" },
            ["PersonPage"] = new { slug = "mark-c-curran" },
        };
        var store = _factory.Services.GetRequiredService<IPersistedDocumentStore>();
        using var client = _factory.CreateClient();
        foreach (var document in documents)
        {
            var hash = DocumentCache.Hash(document);
            Assert.True(store.TryGet(hash, out _), $"not preloaded: {document[..60]}");
            var name = OperationName().Match(document);
            if (name.Groups["type"].Value != "query")
            {
                continue;
            }
            var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });
            var url = "/graphql?extensions=" + Uri.EscapeDataString(extensions);
            if (variables.TryGetValue(name.Groups["name"].Value, out var values))
            {
                url += "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(values));
            }
            var body = JsonNode.Parse(await client.GetStringAsync(url))!;
            Assert.True(body["errors"] is null, $"{name.Groups["name"].Value}: {body.ToJsonString()}");
            Assert.NotNull(body["data"]);
        }
    }

    [Fact]
    public async Task The_endpoint_setting_points_the_dashboard_at_another_server()
    {
        using var factory = new TrackerApiFactory(new Dictionary<string, string?> { ["Dashboard:Endpoint"] = "https://tracker.example.org/graphql" });
        using var client = factory.CreateClient();
        using var page = await client.GetAsync("/");
        Assert.Contains("<meta name=\"tracker-endpoint\" content=\"https://tracker.example.org/graphql\">", await page.Content.ReadAsStringAsync());
        Assert.Contains("connect-src 'self' https://tracker.example.org wss://tracker.example.org;", Csp(page));
    }

    private static string Csp(HttpResponseMessage response) => response.Headers.GetValues("Content-Security-Policy").Single();

    [GeneratedRegex("(?:src|href)=\"(?<path>/assets/[^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex(@"^(?<type>query|subscription)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
