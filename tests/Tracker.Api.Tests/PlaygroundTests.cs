using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Tracker.Api.Tests;

/// <summary>
/// A journalist's first minute, in Debian's Chromium: the tracker's playground opens on its default query (the
/// states that refused to join), runs it against the seeded data, and shows the answer with its sources, with
/// nothing blocked by the page's Content-Security-Policy.
/// </summary>
public sealed class PlaygroundTests
{
    [Fact]
    public async Task The_playground_runs_its_default_query_on_the_real_data()
    {
        using var factory = new TrackerApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

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
        var loaded = await page.GotoAsync(address + "/graphql");

        await page.Locator(".graphiql-execute-button").ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("District of Columbia", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(response).ToContainTextAsync("REFUSED_TO_JOIN", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(response).ToContainTextAsync("Letter to ICE Director Morton", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        Assert.Contains("script-src 'self'", await loaded!.HeaderValueAsync("content-security-policy"));
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
