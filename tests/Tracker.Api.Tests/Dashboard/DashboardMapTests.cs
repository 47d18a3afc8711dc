using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>The map in Chromium on the seeded record: colours, the date, a jurisdiction's panel, the keyboard.</summary>
public sealed class DashboardMapTests(DashboardBrowser dashboard) : IClassFixture<DashboardBrowser>
{
    [Fact]
    public async Task The_map_shows_every_state_DC_and_territory_coloured_by_its_recorded_status()
    {
        var errors = new List<string>();
        var page = await dashboard.OpenAsync("/", errors);
        await DashboardBrowser.MapReadyAsync(page);

        await Expect(page.Locator("svg.map path.shape.state")).ToHaveCountAsync(51);
        await Expect(page.Locator(".tiles .tile")).ToHaveCountAsync(7);
        await ExpectStatusAsync(page, "MN", "REFUSED_TO_JOIN");
        await ExpectStatusAsync(page, "IL", "WITHDREW");
        await ExpectStatusAsync(page, "NY", "WITHDREW");
        await ExpectStatusAsync(page, "CA", "OPT_OUT_REQUESTED");
        await ExpectStatusAsync(page, "DC", "REFUSED_TO_JOIN");
        await ExpectStatusAsync(page, "TX", "UNKNOWN");
        await ExpectStatusAsync(page, "PR", "UNKNOWN");
        // The fill is the status's pattern, whose colour is the legend's (Okabe-Ito vermillion for "refused").
        await Expect(page.Locator("svg.map path[data-code=MN]")).ToHaveAttributeAsync("fill", "url(#status-REFUSED_TO_JOIN)");
        await Expect(page.Locator("#status-REFUSED_TO_JOIN rect")).ToHaveAttributeAsync("fill", "#D55E00");
        await Expect(page.Locator("#status-WITHDREW rect")).ToHaveAttributeAsync("fill", "#CC79A7");
        await Expect(page.Locator("svg.map path[data-code=MN]")).ToHaveAttributeAsync("aria-label", "Minnesota: Refused to join, on 24 May 2011");
        await Expect(page.Locator(".legend")).ToContainTextAsync("Refused to join (5)");
        // The table alternative says the same.
        await Expect(page.Locator(".status-table tr[data-code=IL] td[data-status]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Withdrew"));
        await DashboardBrowser.ScreenshotAsync(page, "map");

        await page.Locator("#show-counties").CheckAsync();
        await Expect(page.Locator("svg.map path.shape.county")).ToHaveCountAsync(3142);
        await Expect(page.Locator("svg.map path.county[data-fips='06085']")).ToHaveAttributeAsync("data-status", "OPT_OUT_REQUESTED");
        await Expect(page.Locator("svg.map path.county[data-fips='51013']")).ToHaveAttributeAsync("data-status", "OPT_OUT_REQUESTED");
        await Expect(page.Locator("svg.map path.county[data-fips='27053']")).ToHaveAttributeAsync("data-status", "UNKNOWN");
        Assert.Contains("layer=counties", page.Url);
        await DashboardBrowser.ScreenshotAsync(page, "map-counties");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Moving_the_date_back_shows_the_earlier_picture()
    {
        var page = await dashboard.OpenAsync("/");
        await DashboardBrowser.MapReadyAsync(page);

        await page.Locator("#date-field").FillAsync("2011-01-01");
        await DashboardBrowser.MapReadyAsync(page, "2011-01-01");
        await ExpectStatusAsync(page, "MN", "UNKNOWN");
        await ExpectStatusAsync(page, "IL", "UNKNOWN");
        Assert.Contains("date=2011-01-01", page.Url);
        await Expect(page.Locator("#map-title")).ToHaveTextAsync("Secure Communities status on 1 January 2011");

        // Between Illinois's withdrawal (by 20 May) and New York's (by 3 June).
        await page.Locator("#date-field").FillAsync("2011-06-01");
        await DashboardBrowser.MapReadyAsync(page, "2011-06-01");
        await ExpectStatusAsync(page, "IL", "WITHDREW");
        await ExpectStatusAsync(page, "MN", "REFUSED_TO_JOIN");
        await ExpectStatusAsync(page, "NY", "UNKNOWN");
        await DashboardBrowser.ScreenshotAsync(page, "map-2011-06-01");

        // The slider by keyboard: Home is its first day.
        await page.Locator("#date-slider").FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await DashboardBrowser.MapReadyAsync(page, "2008-01-01");
        await ExpectStatusAsync(page, "IL", "UNKNOWN");

        // The permalink brings the same picture back in a new page.
        var again = await dashboard.OpenAsync("/#/map?date=2011-06-01");
        await DashboardBrowser.MapReadyAsync(again, "2011-06-01");
        await ExpectStatusAsync(again, "NY", "UNKNOWN");
        await Expect(again.Locator("#date-field")).ToHaveValueAsync("2011-06-01");
    }

    [Fact]
    public async Task Selecting_Minnesota_shows_its_veto_with_the_quoted_passage_and_a_citation_to_copy()
    {
        var page = await dashboard.OpenAsync("/");
        await DashboardBrowser.MapReadyAsync(page);
        await page.Locator("svg.map path[data-code=MN]").ClickAsync();

        var panel = page.Locator("aside.panel");
        await Expect(panel.Locator("#panel-title")).ToHaveTextAsync("Minnesota");
        await Expect(panel.Locator(".current-status")).ToContainTextAsync("Current status: Refused to join, on 24 May 2011");
        var veto = panel.Locator(".legislation .stage[data-stage=VETOED]");
        await Expect(veto).ToContainTextAsync("Vetoed on 24 May 2011");
        await Expect(veto).ToContainTextAsync("“However, on May 24, Governor Dayton vetoed SF958.”");
        await Expect(panel.Locator(".history .event").First).ToContainTextAsync("Actor: Gov. Dayton");
        await Expect(panel.Locator(".history .event").First).ToContainTextAsync("SF 958 – Public Safety bill");
        Assert.Contains("j=MN", page.Url);
        await DashboardBrowser.ScreenshotAsync(page, "map-minnesota");

        await panel.Locator(".history .event .cite-button").First.ClickAsync();
        var citation = panel.Locator(".history .event .cite-output").First;
        await Expect(citation).ToContainTextAsync("Quoted: \"However, on May 24, Governor Dayton vetoed SF958.\"");
        await Expect(citation).ToContainTextAsync(dashboard.Address + "/#/map?j=MN");
        await Expect(citation).ToContainTextAsync("(accessed ");
        Assert.Equal(await citation.TextContentAsync(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // A qualifier spelled out: Illinois had withdrawn by the date of the earliest document reporting it.
        await page.Locator("svg.map path[data-code=IL]").ClickAsync();
        await Expect(panel.Locator("#panel-title")).ToHaveTextAsync("Illinois");
        await Expect(panel.Locator(".history .event").First).ToContainTextAsync("On or before 20 May 2011: Withdrew");
    }

    [Fact]
    public async Task Keyboard_alone_reaches_Minnesota_and_opens_its_panel()
    {
        var page = await dashboard.OpenAsync("/");
        await DashboardBrowser.MapReadyAsync(page);
        for (var presses = 0; presses < 150; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-code')") == "MN")
            {
                break;
            }
        }
        Assert.Equal("MN", await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-code')"));
        await Expect(page.Locator(".hover-info")).ToHaveTextAsync("Minnesota: Refused to join, on 24 May 2011");
        await DashboardBrowser.ScreenshotAsync(page, "map-keyboard-focus");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("aside.panel #panel-title")).ToHaveTextAsync("Minnesota");
        // Focus moves to the panel, so the next Tab continues from there.
        Assert.Equal("panel-title", await page.EvaluateAsync<string?>("() => document.activeElement?.id"));
    }

    [Fact]
    public async Task The_map_is_usable_at_phone_width()
    {
        var page = await dashboard.OpenAsync("/#/map?j=MN", width: 390, height: 844);
        await DashboardBrowser.MapReadyAsync(page);
        await Expect(page.Locator("aside.panel #panel-title")).ToHaveTextAsync("Minnesota");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at phone width");
        await DashboardBrowser.ScreenshotAsync(page, "phone-map");
        var letter = await dashboard.OpenAsync("/#/letters/morton-2011-07-20", width: 390, height: 844);
        await Expect(letter.Locator(".signatory-list li")).ToHaveCountAsync(213);
        Assert.True(await letter.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the letter scrolls sideways at phone width");
        await DashboardBrowser.ScreenshotAsync(letter, "phone-letter");
    }

    [Fact]
    public async Task The_first_views_status_query_is_preloaded_with_the_script_and_asked_for_once()
    {
        var page = await dashboard.OpenAsync("/");
        await DashboardBrowser.MapReadyAsync(page);
        var preload = await page.Locator("link[rel=preload][href*='/graphql?extensions=']").GetAttributeAsync("href");
        Assert.NotNull(preload);
        // The page's one request for it is the preload's (initiated by the link), which the map's fetch then used.
        var initiators = await page.EvaluateAsync<string[]>("(url) => performance.getEntriesByType('resource').filter((e) => e.name === new URL(url, location.href).href).map((e) => e.initiatorType)", preload);
        Assert.Equal(["link"], initiators);
    }

    private static Task ExpectStatusAsync(IPage page, string code, string status) =>
        // DC is both a map shape and a tile; the first is the map's.
        Expect(page.Locator($"[data-code={code}].shape").First).ToHaveAttributeAsync("data-status", status);
}
