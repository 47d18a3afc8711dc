using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Api.Tests.Live;
using Tracker.Data.Entities;
using static Microsoft.Playwright.Assertions;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>
/// The events view is live: with a state chosen it follows <c>eventChanged</c> for that state (its counties and
/// cities included), and an event created or corrected over HTTP shows in the open list without a reload.
/// </summary>
public sealed class DashboardLiveEventsTests : IAsyncLifetime
{
    private readonly DashboardBrowser _dashboard = new();

    public Task InitializeAsync() => _dashboard.InitializeAsync();

    public Task DisposeAsync() => _dashboard.DisposeAsync();

    [Fact]
    public async Task An_event_created_and_corrected_over_HTTP_shows_in_the_open_events_view_of_its_state()
    {
        var opened = _dashboard.Factory.Services.GetRequiredService<OpenedSubscriptions>();
        var before = opened.Count("eventChanged");
        var page = await _dashboard.OpenAsync("/#/events?state=MN");
        await page.Locator("body[data-events-ready=yes]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        // The view's subscription is open on the server: what is published from now on reaches it.
        await opened.WaitForAsync("eventChanged", before);
        await Expect(page.Locator(".live[data-state=live]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".events-view")).Not.ToContainTextAsync("does not update itself");
        var counted = await page.Locator(".event-count").TextContentAsync();
        // Survives only if the page is not reloaded.
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        var key = (await _dashboard.Factory.Services.GetRequiredService<ApiKeys>().CreateAsync("maria", ApiKeyRole.Maintainer, default)).Secret;
        await MutateAsync(key, "createEvent", "CreateEventInput", NewEvent("vigil-adams-county-wi", "WI-adams-county", "Vigil in Adams County"));
        var id = await MutateAsync(key, "createEvent", "CreateEventInput", NewEvent("vigil-hennepin-county-jail", "MN-hennepin-county", "Vigil at the Hennepin County jail"));

        var vigil = page.Locator("li[data-slug=vigil-hennepin-county-jail]");
        await Expect(vigil.Locator("h4")).ToHaveTextAsync("Vigil at the Hennepin County jail");
        await Expect(vigil.Locator(".event-jurisdiction")).ToContainTextAsync("Hennepin County");
        await Expect(page.Locator(".event-count")).Not.ToHaveTextAsync(counted!);
        await Expect(page.Locator("li[data-slug=vigil-adams-county-wi]")).ToHaveCountAsync(0);

        await MutateAsync(key, "updateEvent", "UpdateEventInput", new JsonObject { ["id"] = id, ["version"] = 1, ["title"] = "Vigil and prayer at the Hennepin County jail" });

        await Expect(vigil.Locator("h4")).ToHaveTextAsync("Vigil and prayer at the Hennepin County jail");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await vigil.ScrollIntoViewIfNeededAsync();
        await DashboardBrowser.ScreenshotAsync(page, "events-live");
    }

    private static JsonObject NewEvent(string slug, string jurisdiction, string title) => new()
    {
        ["slug"] = slug,
        ["kind"] = "PROTEST",
        ["title"] = title,
        ["description"] = "A vigil against Secure Communities.",
        ["startsOn"] = new JsonObject { ["on"] = "2011-06-10" },
        ["placeName"] = "Public Safety Facility",
        ["jurisdiction"] = jurisdiction,
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog", ["quote"] = "vigil" }),
    };

    /// <summary>Runs an event mutation over HTTP as a maintainer would; returns the event's id.</summary>
    private async Task<string> MutateAsync(string key, string mutation, string inputType, JsonObject input)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_dashboard.Address) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["query"] = $"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ event {{ id }} errors {{ message }} }} }}",
                ["variables"] = new JsonObject { ["input"] = input },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["data"]?[mutation]?["errors"]?.AsArray().Count == 0, body.ToJsonString());
        return (string)body["data"]![mutation]!["event"]!["id"]!;
    }
}
