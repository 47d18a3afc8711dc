using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Data;
using Tracker.Data.Entities;
using static Microsoft.Playwright.Assertions;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>
/// One status event stored in year 1 (a mistyped year kept from before the date limits) no longer breaks the default
/// timeline for every visitor: it charts from the earliest date and says why. A server of its own, since the event
/// changes what the record says.
/// </summary>
public sealed class DashboardShortenedPeriodTests(DashboardBrowser dashboard) : IClassFixture<DashboardBrowser>
{
    [Fact]
    public async Task The_default_timeline_over_an_event_dated_in_year_1_charts_from_1950_and_says_so()
    {
        await using (var db = await dashboard.Factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync())
        {
            var jurisdiction = await db.Jurisdictions.SingleAsync(j => j.Code == "MN-hennepin-county");
            db.StatusEvents.Add(new StatusEvent
            {
                Slug = "dashboard-year-one", JurisdictionId = jurisdiction.Id, Status = ParticipationStatus.Withdrew, EffectiveOn = new DateOnly(1, 1, 1),
                DatePrecision = DatePrecision.Day, DateQualifier = DateQualifier.Exact, Description = "A mistyped year.",
            });
            await db.SaveChangesAsync();
        }

        var page = await dashboard.OpenAsync("/#/timeline", bypassCsp: true);

        await Expect(page.Locator(".shortened-period")).ToContainTextAsync("The first recorded event is dated 1 January 1");
        await Expect(page.Locator(".shortened-period")).ToContainTextAsync("the period starts on 1 January 1950");
        await Expect(page.Locator("svg.chart .bar[data-date='1950-01-31']")).ToHaveCountAsync(1);
        await Expect(page.Locator(".timeline-view .error")).ToHaveCountAsync(0);
        await DashboardBrowser.ScreenshotAsync(page, "timeline-shortened");
        Assert.Empty(await DashboardBrowser.AxeViolationsAsync(page));
    }
}
