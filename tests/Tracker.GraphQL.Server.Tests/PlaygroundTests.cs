using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Tracker.GraphQL.Server.Configuration;
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

    /// <summary>Chromium comes from Debian's package (.ci/run installs it); Playwright drives it, offline.</summary>
    [Fact]
    public async Task Graphiql_loads_runs_a_query_and_shows_its_result_in_chromium()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Bookshop>();
        builder.Services.AddGraphQLServer()
            .AddSchemaFromString(TestApp.Sdl)
            .AddResolvers<QueryResolvers>().AddResolvers<MutationResolvers>().AddResolvers<SubscriptionResolvers>()
            .AddResolvers<BookResolvers>().AddResolvers<NestedResolvers>()
            .BindRuntimeType<Book>().BindRuntimeType<Author>().BindRuntimeType<Nested>().BindEnum<Kind>()
            .AddDataLoader<AuthorLoader>()
            .ModifyOptions(o => o.PlaygroundDefaultQuery = "{ hello(name: \"Chromium\") }");
        await using var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address + "/graphql");

        await page.Locator(".graphiql-execute-button").ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("Hello, Chromium!", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

        await page.Locator("[aria-label='Show Documentation Explorer']").ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
    }
}
