using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tracker.Api.Auth;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// In Debian's Chromium, the playground runs every subscription over WebSocket, an anonymous one included
/// (GraphiQL's own fetcher decides by operation name and sent anonymous ones as an HTTP POST, answered with
/// BAD_REQUEST): the response pane shows the event of a status change recorded while it is open.
/// </summary>
public sealed class PlaygroundSubscriptionTests
{
    [Theory]
    [InlineData("subscription { statusChanged(jurisdiction: \"NH\") { status jurisdiction { code } } }", "NH")]
    [InlineData("query Before { jurisdiction(code: \"ME\") { code } }\nsubscription Live { statusChanged(jurisdiction: \"ME\") { status jurisdiction { code } } }", "ME")]
    public async Task A_subscription_typed_in_the_playground_shows_its_events(string document, string jurisdiction)
    {
        using var factory = new TrackerApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var key = (await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("playground", ApiKeyRole.Maintainer, default)).Secret;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address + "/graphql");
        var editor = page.Locator(".graphiql-query-editor .CodeMirror");
        await editor.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.EvaluateAsync("text => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text)", document);
        // GraphiQL reads an edit (its operations, which decide WebSocket or HTTP) 100 ms later, in the handler that
        // also stores the text: once stored, a click runs the new document rather than the old one.
        await page.WaitForFunctionAsync("text => localStorage.getItem('graphiql:query') === text", document, new PageWaitForFunctionOptions { Timeout = 30_000 });
        // With two operations GraphiQL asks which to run; the subscription is the last one.
        await page.Locator(".graphiql-execute-button").ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
        if (document.Contains("query Before", StringComparison.Ordinal))
        {
            await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "Live" }).ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
        }
        await LiveSubscribers.WaitForAsync(factory, "statusChanged");

        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                query = "mutation($input: RecordStatusChangeInput!) { recordStatusChange(input: $input) { errors { message } } }",
                variables = new { input = new { jurisdiction, status = "REFUSED_TO_JOIN", effectiveOn = "2012-03-01", description = "Refused in the playground test.", sources = new[] { new { source = "mirac-blog" } } } },
            }),
        };
        request.Headers.Authorization = new("Bearer", key);
        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("REFUSED_TO_JOIN", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(response).ToContainTextAsync($"\"code\": \"{jurisdiction}\"", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
    }
}
