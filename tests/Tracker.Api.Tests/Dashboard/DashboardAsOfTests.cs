using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tracker.Api.Auth;
using Tracker.Data.Entities;
using static Microsoft.Playwright.Assertions;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>
/// The map on any day follows the server's <c>asOf</c> (README's "How dates count"): the states, the counties, the
/// legend's counts and the panel, whose history says which events count on the chosen day. Its own server, since
/// it records events.
/// </summary>
public sealed class DashboardAsOfTests(DashboardBrowser dashboard) : IClassFixture<DashboardBrowser>
{
    [Fact]
    public async Task Every_place_on_a_past_day_has_the_status_the_servers_asOf_gives_it()
    {
        var page = await dashboard.OpenAsync("/");
        await DashboardBrowser.MapReadyAsync(page);
        // Today the California TRUST Act (on or after 20 July 2011, no later bound) counts.
        await ExpectStatusAsync(page, "CA", "OPT_OUT_REQUESTED");

        foreach (var day in new[] { "2011-01-01", "2012-01-01", Yesterday() })
        {
            await page.Locator("#date-field").FillAsync(day);
            await DashboardBrowser.MapReadyAsync(page, day);
            var server = await dashboard.Factory.QueryAsync("""
                query ($day: Date) {
                  jurisdictions(asOf: $day, where: { kind: { in: [STATE, DISTRICT, TERRITORY] } }, first: 100) { nodes { code status } }
                  statusSummary(asOf: $day, where: { kind: { in: [STATE, DISTRICT, TERRITORY] } }) { byStatus { status count } }
                }
                """, new { day });
            var nodes = server["data"]!["jurisdictions"]!["nodes"]!.AsArray();
            Assert.True(nodes.Count >= 56, $"{nodes.Count} places");
            foreach (var node in nodes)
            {
                await ExpectStatusAsync(page, (string)node!["code"]!, (string)node["status"]!);
            }
            foreach (var count in server["data"]!["statusSummary"]!["byStatus"]!.AsArray())
            {
                var status = (string)count!["status"]!;
                await Expect(page.Locator($".legend li[data-status={status}] .count")).ToHaveTextAsync($"({(int)count["count"]!})");
            }
            // The TRUST Act is dated only "on or after": it colours California on no past day, however late.
            await ExpectStatusAsync(page, "CA", "UNKNOWN");
        }
        await ExpectStatusAsync(page, "IL", "WITHDREW");

        // The panel says why: the event is shown, marked as not counting that day.
        await page.Locator("svg.map path[data-code=CA]").ClickAsync();
        var panel = page.Locator("aside.panel");
        await Expect(panel.Locator("#panel-title")).ToHaveTextAsync("California");
        await Expect(panel.Locator(".current-status")).ToContainTextAsync("Current status: Opt-out requested, on or after 20 July 2011");
        await Expect(panel.Locator(".status-then")).ToContainTextAsync("No record");
        var trustAct = panel.Locator(".history .event[data-slug=ca-trust-act-awaiting-signature]");
        await Expect(trustAct).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bnot-counting\b"));
        await Expect(trustAct.Locator(".not-counting-note")).ToContainTextAsync("with no source saying by when");
        await DashboardBrowser.ScreenshotAsync(page, "map-california-yesterday");

        // Back to today: it counts, and gives the status.
        await page.GetByRole(AriaRole.Button, new() { Name = "Today" }).ClickAsync();
        await DashboardBrowser.MapReadyAsync(page);
        await ExpectStatusAsync(page, "CA", "OPT_OUT_REQUESTED");
        await Expect(trustAct).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdeciding\b"));
    }

    [Fact]
    public async Task Counties_are_coloured_from_the_record_on_the_chosen_day_and_open_their_panels()
    {
        var page = await dashboard.OpenAsync("/#/map?layer=counties");
        await CountiesReadyAsync(page);
        await Expect(page.Locator("svg.map path.shape.county")).ToHaveCountAsync(3142);
        await ExpectCountyAsync(page, "06085", "OPT_OUT_REQUESTED");
        await ExpectCountyAsync(page, "51013", "OPT_OUT_REQUESTED");
        await ExpectCountyAsync(page, "27053", "UNKNOWN");
        var summary = await dashboard.Factory.QueryAsync("{ statusSummary(where: { kind: { eq: COUNTY } }) { byStatus { status count } } }");
        var unknown = summary["data"]!["statusSummary"]!["byStatus"]!.AsArray().Single(c => (string)c!["status"]! == "UNKNOWN")!["count"]!.GetValue<int>();
        await Expect(page.Locator(".legend li[data-status=UNKNOWN] .count")).ToContainTextAsync($"; {unknown.ToString("N0", CultureInfo.InvariantCulture)} counties)");
        // The table alternative: the counties with a status, and how many others have none.
        await Expect(page.Locator(".county-table tr[data-fips='06085'] td[data-status]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Opt-out requested"));
        await Expect(page.Locator(".county-table")).ToContainTextAsync($"The other {unknown.ToString("N0", CultureInfo.InvariantCulture)} counties and county-equivalents have no recorded status today.");
        await DashboardBrowser.ScreenshotAsync(page, "map-counties");

        // The day before Santa Clara's request was reported, it had none.
        await page.Locator("#date-field").FillAsync("2011-07-19");
        await CountiesReadyAsync(page, "2011-07-19");
        await ExpectCountyAsync(page, "06085", "UNKNOWN");

        // A county the record has nothing for opens its panel from the database (every county exists there).
        await page.Locator("svg.map path.county[data-fips='27053']").ClickAsync();
        var panel = page.Locator("aside.panel");
        await Expect(panel.Locator("#panel-title")).ToHaveTextAsync("Hennepin County");
        await Expect(panel).ToContainTextAsync("No status event is recorded.");
        Assert.Contains("fips=27053", page.Url);
    }

    [Fact]
    public async Task A_ranged_and_a_planned_event_recorded_for_a_county_count_from_the_days_the_rule_gives()
    {
        // Ramsey County, Minnesota: no other test here looks at it.
        var ramsey = await dashboard.Factory.QueryAsync("""{ jurisdiction(fips: "27123") { code } }""");
        var code = (string)ramsey["data"]!["jurisdiction"]!["code"]!;
        var nextYear = DateTime.UtcNow.Year + 1;
        await RecordAsync(new { jurisdiction = code, status = "REFUSED_TO_JOIN", effectiveOn = "2011-05-03", dateQualifier = "ON_OR_AFTER", latestOn = "2011-05-20", description = "The county board declined to sign the agreement.", sources = new[] { new { source = "mirac-blog", quote = "the passage that says so" } } });
        await RecordAsync(new { jurisdiction = code, status = "ACTIVATED_OVER_OBJECTION", effectiveOn = $"{nextYear}-01-01", datePrecision = "YEAR", dateQualifier = "PLANNED", description = "ICE announced activation.", sources = new[] { new { source = "mirac-blog", quote = "the passage that says so" } } });

        // Between its bounds, the refusal does not count yet: the county stays uncoloured and the panel says why.
        // Axe is run on it at the end, so the page lets its script in.
        var page = await dashboard.OpenAsync("/#/map?layer=counties&date=2011-05-10&fips=27123", bypassCsp: true);
        await CountiesReadyAsync(page, "2011-05-10");
        await ExpectCountyAsync(page, "27123", "UNKNOWN");
        var panel = page.Locator("aside.panel");
        var refusal = panel.Locator(".history .event[data-status=REFUSED_TO_JOIN]");
        await Expect(refusal.Locator(".event-head")).ToContainTextAsync("Between 3 and 20 May 2011: Refused to join");
        await Expect(refusal.Locator(".not-counting-note")).ToHaveTextAsync("Does not count yet on 10 May 2011: it counts from 20 May 2011.");
        await Expect(panel.Locator(".status-then")).ToContainTextAsync("Status on 10 May 2011: No record");

        // From its latest day it counts.
        await page.Locator("#date-field").FillAsync("2011-05-20");
        await CountiesReadyAsync(page, "2011-05-20");
        await ExpectCountyAsync(page, "27123", "REFUSED_TO_JOIN");
        await Expect(panel.Locator(".status-then")).ToContainTextAsync("Status on 20 May 2011: Refused to join, between 3 and 20 May 2011");
        await Expect(refusal).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdeciding\b"));

        // Today the planned activation is spelled out and marked as not in effect; the refusal still decides.
        await page.GetByRole(AriaRole.Button, new() { Name = "Today" }).ClickAsync();
        await CountiesReadyAsync(page);
        await ExpectCountyAsync(page, "27123", "REFUSED_TO_JOIN");
        var planned = panel.Locator(".history .event[data-status=ACTIVATED_OVER_OBJECTION]");
        await Expect(planned.Locator(".event-head")).ToContainTextAsync($"Planned for {nextYear}: Activated over objection");
        await Expect(planned.Locator(".not-counting-note")).ToHaveTextAsync($"Not in effect today: planned, it counts from 31 December {nextYear}.");
        await Expect(panel.Locator(".current-status")).ToContainTextAsync("Current status: Refused to join, between 3 and 20 May 2011");
        await DashboardBrowser.ScreenshotAsync(page, "map-county-panel");
        var violations = await DashboardBrowser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private async Task RecordAsync(object input)
    {
        var key = (await dashboard.Factory.Services.GetRequiredService<ApiKeys>().CreateAsync($"maria-{Guid.NewGuid():N}", ApiKeyRole.Maintainer, default)).Secret;
        using var client = new HttpClient { BaseAddress = new Uri(dashboard.Address) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation ($input: RecordStatusChangeInput!) { recordStatusChange(input: $input) { statusEvent { slug } errors { message } } }",
                variables = new { input },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["data"]?["recordStatusChange"]?["statusEvent"]?["slug"] is not null, body.ToJsonString());
    }

    private static string Yesterday() => DateOnly.FromDateTime(DateTime.Now).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task CountiesReadyAsync(IPage page, string date = "today") =>
        page.Locator($"body[data-counties-ready=\"{date}\"]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    private static Task ExpectCountyAsync(IPage page, string fips, string status) =>
        Expect(page.Locator($"svg.map path.county[data-fips='{fips}']")).ToHaveAttributeAsync("data-status", status);

    private static Task ExpectStatusAsync(IPage page, string code, string status) =>
        // DC is both a map shape and a tile; the first is the map's.
        Expect(page.Locator($"[data-code='{code}'].shape").First).ToHaveAttributeAsync("data-status", status);
}
