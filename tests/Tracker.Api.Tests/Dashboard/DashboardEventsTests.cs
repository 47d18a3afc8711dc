using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>The events view in Chromium on the seeded record: honest dates, filters in the URL, the day, sources, CSV, keyboard, phone width, axe-core.</summary>
public sealed class DashboardEventsTests(DashboardBrowser dashboard) : IClassFixture<DashboardBrowser>
{
    private const string Clinic = "legal-clinic-2011-08-27";
    private const string YearOfAction = "national-day-of-action-restoring-community";

    private static ILocator Dated(IPage page) => page.Locator(".event-list:not(.undated) > li");

    private static Task<string[]> SlugsAsync(ILocator items) => items.EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.slug)");

    [Fact]
    public async Task The_events_view_is_in_the_navigation_and_gives_each_date_as_the_record_does()
    {
        var errors = new List<string>();
        var expected = await dashboard.Factory.QueryAsync("""
            { dated: events(where: { startsOn: { isNull: false } }, order: [{ startsOn: ASC }], first: 100) { totalCount nodes { slug } }
              undated: events(where: { startsOn: { isNull: true } }) { totalCount } }
            """);
        var page = await dashboard.OpenAsync("/", errors);
        await DashboardBrowser.MapReadyAsync(page);

        await page.Locator("nav a[data-view=events]").ClickAsync();

        await Expect(page.Locator("h2#events-title")).ToHaveTextAsync("Events");
        await Expect(page.Locator("nav a[data-view=events]")).ToHaveAttributeAsync("aria-current", "page");
        Assert.EndsWith("#/events", page.Url);
        await Expect(Dated(page)).ToHaveCountAsync((int)expected["data"]!["dated"]!["totalCount"]!);
        Assert.Equal(expected["data"]!["dated"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!), await SlugsAsync(Dated(page)));
        await Expect(page.Locator(".event-list.undated > li")).ToHaveCountAsync((int)expected["data"]!["undated"]!["totalCount"]!);
        var clinic = page.Locator($"li[data-slug={Clinic}]");
        await Expect(clinic.Locator(".event-date")).ToContainTextAsync("Planned for 27 August 2011");
        await Expect(clinic.Locator(".event-date")).ToContainTextAsync("announced; no source here reports whether it took place");
        await Expect(clinic.Locator(".event-kind")).ToHaveTextAsync("Legal clinic");
        await Expect(clinic.Locator(".event-place")).ToContainTextAsync("Walker Church");
        await Expect(clinic.Locator(".event-jurisdiction a")).ToHaveAttributeAsync("href", "#/map?j=MN");
        await Expect(page.Locator($"li[data-slug={YearOfAction}] .event-date")).ToHaveTextAsync("Around 2011 (estimated), between 1 June and 31 December 2011");
        await Expect(page.Locator("li[data-slug=arlington-task-force-hearing] .event-date")).ToHaveTextAsync("Not dated in the sources");
        await Expect(page.Locator("a.csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/csv/events\\.csv$"));
        await DashboardBrowser.ScreenshotAsync(page, "events", fullPage: true);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Kind_and_place_filters_are_a_permalink_and_the_CSV_link_downloads_the_same_events()
    {
        var page = await dashboard.OpenAsync("/#/events");
        await Expect(Dated(page).First).ToBeVisibleAsync();

        await page.Locator("#event-kind").SelectOptionAsync("MEETING");
        await page.Locator("#event-state").SelectOptionAsync("MN");
        await page.Locator("#event-from").FillAsync("2011-06-01");
        await page.Locator("form.event-filters button[type=submit]").ClickAsync();

        await Expect(page.Locator(".event-count")).ToHaveTextAsync("2 events match.");
        Assert.Equal(["campaign-meeting-2011-06-04", "campaign-meeting-2011-12-17"], await SlugsAsync(Dated(page)));
        await Expect(page.Locator(".event-list.undated")).ToHaveCountAsync(0);
        Assert.Contains("#/events?kind=MEETING&state=MN&from=2011-06-01", page.Url);
        var csvHref = await page.Locator("a.csv").GetAttributeAsync("href");
        Assert.EndsWith("/csv/events.csv?kind=MEETING&state=MN&from=2011-06-01", csvHref);
        var csv = await page.APIRequest.GetAsync(csvHref!);
        Assert.Equal(await SlugsAsync(Dated(page)), CsvRows.Parse(await csv.TextAsync()).Select(r => r["Slug"]));
        await DashboardBrowser.ScreenshotAsync(page, "events-filtered");

        // The permalink opens the same selection with the form filled in.
        var permalink = await dashboard.OpenAsync("/#/events?kind=MEETING&state=MN&from=2011-06-01");
        await Expect(Dated(permalink)).ToHaveCountAsync(2);
        await Expect(permalink.Locator("#event-kind")).ToHaveValueAsync("MEETING");
        await Expect(permalink.Locator("#event-state")).ToHaveValueAsync("MN");
    }

    [Theory]
    [InlineData("2011-08-26", false, false)]
    [InlineData("2011-08-27", true, false)]
    [InlineData("2011-12-31", true, true)]
    public async Task As_of_a_day_the_view_lists_the_events_that_had_started_by_then(string day, bool clinicListed, bool yearOfActionListed)
    {
        var page = await dashboard.OpenAsync($"/#/events?date={day}");
        await Expect(page.Locator(".event-count")).ToContainTextAsync("that had started by");

        var slugs = await SlugsAsync(Dated(page));
        Assert.Equal(clinicListed, slugs.Contains(Clinic));
        Assert.Equal(yearOfActionListed, slugs.Contains(YearOfAction));
        Assert.Contains("campaign-meeting-2011-06-04", slugs);
        Assert.DoesNotContain("protest-2012-03-31", slugs);
        await Expect(page.Locator(".event-list.undated")).ToHaveCountAsync(0);
        await Expect(page.Locator("#event-date")).ToHaveValueAsync(day);
        Assert.EndsWith($"/csv/events.csv?asOf={day}", await page.Locator("a.csv").GetAttributeAsync("href"));
        await Expect(page.Locator($"a[href='#/map?date={day}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_events_sources_open_by_keyboard_with_their_passages()
    {
        var expected = await dashboard.Factory.QueryAsync($$"""{ event(slug: "{{Clinic}}") { citations { quote source { title url } } } }""");
        var citations = expected["data"]!["event"]!["citations"]!.AsArray();
        var page = await dashboard.OpenAsync("/#/events?kind=LEGAL_CLINIC");
        var sources = page.Locator($"li[data-slug={Clinic}] details.event-sources");
        await Expect(sources.Locator("summary")).ToHaveTextAsync($"Sources ({citations.Count})");

        await sources.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(sources).ToHaveAttributeAsync("open", "");
        await Expect(sources.Locator("li.citation")).ToHaveCountAsync(citations.Count);
        await Expect(sources.Locator("li.citation blockquote").First).ToHaveTextAsync($"“{(string)citations[0]!["quote"]!}”");
        await Expect(sources.Locator("li.citation .source").First).ToContainTextAsync((string)citations[0]!["source"]!["title"]!);
        await DashboardBrowser.ScreenshotAsync(page, "events-sources");
    }

    [Fact]
    public async Task The_events_view_fits_a_phone_and_axe_finds_no_WCAG_2_1_AA_violation()
    {
        var phone = await dashboard.OpenAsync("/#/events?state=MN", width: 390, height: 844);
        await Expect(Dated(phone).First).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the events view scrolls sideways at phone width");
        await DashboardBrowser.ScreenshotAsync(phone, "phone-events", fullPage: true);

        var page = await dashboard.OpenAsync("/#/events", bypassCsp: true);
        await Expect(Dated(page).First).ToBeVisibleAsync();
        await page.Locator("details.event-sources").First.Locator("summary").ClickAsync();
        var violations = await DashboardBrowser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
