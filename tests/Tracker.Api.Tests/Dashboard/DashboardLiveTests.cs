using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data.Entities;
using static Microsoft.Playwright.Assertions;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>A maintainer records a change over HTTP; an open dashboard shows it without a reload.</summary>
public sealed class DashboardLiveTests : IAsyncLifetime
{
    private readonly DashboardBrowser _dashboard = new();

    public Task InitializeAsync() => _dashboard.InitializeAsync();

    public Task DisposeAsync() => _dashboard.DisposeAsync();

    [Fact]
    public async Task A_status_change_recorded_over_HTTP_changes_the_open_map_and_panel()
    {
        var page = await _dashboard.OpenAsync("/#/map?j=WI");
        await DashboardBrowser.MapReadyAsync(page);
        await Expect(page.Locator("aside.panel #panel-title")).ToHaveTextAsync("Wisconsin");
        await Expect(page.Locator("svg.map path[data-code=WI]")).ToHaveAttributeAsync("data-status", "UNKNOWN");
        await Expect(page.Locator(".live[data-state=live]")).ToHaveCountAsync(1);
        // Survives only if the page is not reloaded.
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        var key = (await _dashboard.Factory.Services.GetRequiredService<ApiKeys>().CreateAsync("maria", ApiKeyRole.Maintainer, default)).Secret;
        using var client = new HttpClient { BaseAddress = new Uri(_dashboard.Address) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation ($input: RecordStatusChangeInput!) { recordStatusChange(input: $input) { jurisdiction { status } errors { message } } }",
                variables = new
                {
                    input = new
                    {
                        jurisdiction = "WI", status = "OPT_OUT_REQUESTED", effectiveOn = "2011-09-15", dateQualifier = "ON_OR_BEFORE",
                        actor = "Milwaukee County Board", description = "Resolution asking to opt out.",
                        sources = new[] { new { source = "mirac-blog", quote = "the passage that says so" } },
                    },
                },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("OPT_OUT_REQUESTED", (string?)body["data"]?["recordStatusChange"]?["jurisdiction"]?["status"]);

        await Expect(page.Locator("svg.map path[data-code=WI]")).ToHaveAttributeAsync("data-status", "OPT_OUT_REQUESTED");
        await Expect(page.Locator("aside.panel .current-status")).ToContainTextAsync("Current status: Opt-out requested, on or before 15 September 2011");
        await Expect(page.Locator("aside.panel .history")).ToContainTextAsync("Milwaukee County Board");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await DashboardBrowser.ScreenshotAsync(page, "live-update");
    }
}
