using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>The letters, the timeline, search and the embeddable views in Chromium; axe-core on every view.</summary>
public sealed class DashboardViewsTests(DashboardBrowser dashboard) : IClassFixture<DashboardBrowser>
{
    private const string Morton = "morton-2011-07-20";

    [Fact]
    public async Task The_Morton_letter_page_lists_its_213_signatories_in_printed_order()
    {
        var expected = await dashboard.Factory.QueryAsync("""
            { letter(slug: "morton-2011-07-20") { first: signatures(first: 1) { nodes { printedName } } last: signatures(last: 1) { nodes { printedName } }
              minnesota: signatures(where: { state: { eq: "MN" } }) { totalCount } } }
            """);
        var letter = expected["data"]!["letter"]!;
        var page = await dashboard.OpenAsync($"/#/letters/{Morton}");

        var rows = page.Locator(".signatory-list li");
        await Expect(rows).ToHaveCountAsync(213);
        var positions = await rows.EvaluateAllAsync<int[]>("items => items.map(li => Number(li.dataset.position))");
        Assert.Equal(Enumerable.Range(1, 213), positions);
        await Expect(rows.First.Locator("a")).ToHaveTextAsync((string)letter["first"]!["nodes"]![0]!["printedName"]!);
        await Expect(rows.Last.Locator("a")).ToHaveTextAsync((string)letter["last"]!["nodes"]![0]!["printedName"]!);
        await Expect(page.Locator(".facts")).ToContainTextAsync("213 signatories listed");
        await Expect(page.Locator("svg.state-chart .state-bar").First).ToBeVisibleAsync();
        await Expect(page.Locator("a.csv[href$='/csv/letters/morton-2011-07-20/signatories.csv']")).ToBeVisibleAsync();
        await DashboardBrowser.ScreenshotAsync(page, "letter");

        // Filtered by state (in the URL, so the filtered list is a permalink).
        await page.Locator("#signatory-state").SelectOptionAsync("MN");
        await Expect(page.Locator(".signatory-count")).ToHaveTextAsync($"{(int)letter["minnesota"]!["totalCount"]!} signatories match.");
        await Expect(rows).ToHaveCountAsync((int)letter["minnesota"]!["totalCount"]!);
        Assert.Contains("state=MN", page.Url);
        var filtered = await dashboard.OpenAsync($"/#/letters/{Morton}?state=MN");
        await Expect(filtered.Locator(".signatory-list li")).ToHaveCountAsync((int)letter["minnesota"]!["totalCount"]!);
    }

    [Fact]
    public async Task The_letters_list_gives_dates_and_counts_and_petitions_that_only_report_a_count_say_so()
    {
        var page = await dashboard.OpenAsync("/#/letters");
        await Expect(page.Locator($".letters-table tr[data-slug='{Morton}']")).ToContainTextAsync("213 signatories listed");
        await Expect(page.Locator($".letters-table tr[data-slug='{Morton}']")).ToContainTextAsync("20 July 2011");
        var reported = await dashboard.Factory.QueryAsync("{ letters(where: { kind: { eq: PETITION } }, first: 100) { nodes { slug signatureCount reportedSignatureCount } } }");
        var petition = reported["data"]!["letters"]!["nodes"]!.AsArray().First(n => n!["reportedSignatureCount"] is not null && (int)n["signatureCount"]! == 0)!;
        await Expect(page.Locator($".letters-table tr[data-slug='{(string)petition["slug"]!}']")).ToContainTextAsync("reported, no names published");
        await DashboardBrowser.ScreenshotAsync(page, "letters");
    }

    [Fact]
    public async Task Search_finds_the_Lawyers_Guild_and_links_to_its_page()
    {
        var page = await dashboard.OpenAsync("/");
        await page.Locator("#site-search").FillAsync("Lawyers Guild");
        await page.Locator("#site-search").PressAsync("Enter");
        var result = page.Locator(".results li[data-type=Organization] a", new() { HasTextString = "National Lawyers Guild" }).First;
        await Expect(result).ToBeVisibleAsync();
        Assert.Contains("#/search?q=Lawyers+Guild", page.Url);
        await DashboardBrowser.ScreenshotAsync(page, "search");
        await result.ClickAsync();
        await Expect(page.Locator("#signatory-title")).ToContainTextAsync("National Lawyers Guild");
        await Expect(page.Locator(".signatory-view table")).ToContainTextAsync("Morton");
    }

    [Fact]
    public async Task The_timeline_charts_monthly_counts_and_a_month_opens_the_map_on_that_day()
    {
        var page = await dashboard.OpenAsync("/#/timeline?from=2011-01-01&to=2011-12-31");
        var june = page.Locator("svg.chart .bar[data-date='2011-06-30']");
        await Expect(june).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^30 June 2011: .*withdrew"));
        await Expect(page.Locator(".events-table")).ToContainTextAsync("On or before 20 May 2011");
        await DashboardBrowser.ScreenshotAsync(page, "timeline");
        await june.ClickAsync();
        await DashboardBrowser.MapReadyAsync(page, "2011-06-30");
        Assert.Contains("date=2011-06-30", page.Url);
        await Expect(page.Locator("svg.map path[data-code=NY]")).ToHaveAttributeAsync("data-status", "WITHDREW");
    }

    [Fact]
    public async Task The_embeddable_views_show_the_map_and_a_panel_without_the_site_around_them()
    {
        var map = await dashboard.OpenAsync("/embed/map?date=2011-06-01");
        await DashboardBrowser.MapReadyAsync(map, "2011-06-01");
        await Expect(map.Locator("svg.map path[data-code=IL]")).ToHaveAttributeAsync("data-status", "WITHDREW");
        await Expect(map.Locator(".site-header")).ToHaveCountAsync(0);
        await DashboardBrowser.ScreenshotAsync(map, "embed-map");

        var panel = await dashboard.OpenAsync("/embed/jurisdiction/MN");
        await Expect(panel.Locator("#panel-title")).ToHaveTextAsync("Minnesota");
        await Expect(panel.Locator(".embed-credit a")).ToHaveAttributeAsync("href", dashboard.Address + "/#/map?j=MN");
        await DashboardBrowser.ScreenshotAsync(panel, "embed-jurisdiction");

        // The full dashboard offers the snippet.
        var page = await dashboard.OpenAsync("/#/map?j=MN");
        await Expect(page.Locator("aside.panel .embed-code")).ToHaveValueAsync($"<iframe src=\"{dashboard.Address}/embed/jurisdiction/MN\" title=\"Minnesota: Secure Communities status\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\"></iframe>");
    }

    [Theory]
    [InlineData("map", "/", "body[data-map-ready]")]
    [InlineData("map-panel", "/#/map?j=MN", "aside.panel .history")]
    [InlineData("map-counties", "/#/map?layer=counties", "body[data-counties-ready]")]
    [InlineData("map-past-panel", "/#/map?date=2012-01-01&j=CA", "aside.panel .history .event.not-counting")]
    [InlineData("map-county-panel", "/#/map?layer=counties&fips=06085", "aside.panel .history .event.deciding")]
    [InlineData("timeline", "/#/timeline", "svg.chart .bar")]
    [InlineData("letters", "/#/letters", ".letters-table")]
    [InlineData("letter", "/#/letters/morton-2011-07-20", ".signatory-list li")]
    [InlineData("search", "/#/search?q=minnesota", ".results li")]
    [InlineData("organization", "/#/organizations/national-lawyers-guild", ".signatory-view table")]
    [InlineData("embed-map", "/embed/map", "body[data-map-ready]")]
    [InlineData("embed-jurisdiction", "/embed/jurisdiction/IL", "#panel-title")]
    public async Task Axe_finds_no_WCAG_2_1_AA_violation(string view, string path, string ready)
    {
        var page = await dashboard.OpenAsync(path, bypassCsp: true);
        await page.Locator(ready).First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        var violations = await DashboardBrowser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{view}: " + string.Join("\n", violations));
    }
}
