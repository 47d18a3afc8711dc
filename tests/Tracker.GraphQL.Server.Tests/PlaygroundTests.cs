using System.Net;
using Microsoft.Playwright;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>The playground page and its assets, and GraphiQL running in a real headless Chromium.</summary>
public sealed class PlaygroundTests
{
    [Fact]
    public async Task A_browser_get_serves_the_playground_page_with_local_assets()
    {
        await using var app = await TestApp.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Add("Accept", "text/html,application/xhtml+xml");

        var response = await app.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphql/playground/graphiql.js", html);
        Assert.DoesNotContain("https://", html);
        foreach (var asset in new[] { "graphiql.js", "graphiql.css", "react.js", "react-dom.js" })
        {
            var assetResponse = await app.Client.GetAsync("/graphql/playground/" + asset);
            Assert.Equal(HttpStatusCode.OK, assetResponse.StatusCode);
            Assert.True((await assetResponse.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/graphql/playground/secret.txt")).StatusCode);
    }

    [Fact]
    public async Task The_page_and_its_assets_carry_security_headers_and_the_page_has_no_inline_script()
    {
        await using var app = await TestApp.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Add("Accept", "text/html");

        var page = await app.Client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        var asset = await app.Client.GetAsync("/graphql/playground/playground.js");
        var data = await app.Client.SendAsync(HttpTransportTests.Post(HttpTransportTests.Json(new { query = "{ hello }" })));

        Assert.Equal(SecurityHeaders.Playground.ContentSecurityPolicy, string.Join(',', page.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("script-src 'self';", SecurityHeaders.Playground.ContentSecurityPolicy);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.Playground.ContentSecurityPolicy);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.Playground.ContentSecurityPolicy);
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"), tag => Assert.True(tag.Value.Contains(" src=") || tag.Value.Contains("type=\"application/json\""), tag.Value));
        Assert.DoesNotContain("<style", html);
        foreach (var response in new[] { page, asset, data })
        {
            Assert.Equal("nosniff", string.Join(',', response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", string.Join(',', response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("DENY", string.Join(',', response.Headers.GetValues("X-Frame-Options")));
        }
        Assert.Equal(SecurityHeaders.Data.ContentSecurityPolicy, string.Join(',', data.Headers.GetValues("Content-Security-Policy")));
    }

    /// <summary>
    /// Chromium comes from Debian's package (.ci/run installs it); Playwright drives it, offline. The page's
    /// Content-Security-Policy must not block anything GraphiQL does: every violation is collected and must be none.
    /// </summary>
    [Fact]
    public async Task Graphiql_loads_runs_a_query_and_shows_its_result_in_chromium()
    {
        await using var app = await TestApp.StartOnLoopbackAsync(o => o.PlaygroundDefaultQuery = "{ hello(name: \"Chromium\") }");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        // Injected by the browser's debugging protocol, so the policy does not apply to this script itself.
        await page.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await page.GotoAsync(new Uri(app.Address, "/graphql").ToString());

        await page.Locator(".graphiql-execute-button").ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("Hello, Chromium!", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

        await page.Locator("[aria-label='Show Documentation Explorer']").ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        var violations = await page.EvaluateAsync<string[]>("window.__violations");
        Assert.Empty(violations);
        Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
