using Microsoft.Extensions.Configuration;
using Tracker.Api.Jurisdictions;

namespace Tracker.Api.Tests;

/// <summary>The timeline's longest period is a setting (<c>Tracker:Timeline:MaxMonths</c>), as README's limits table says.</summary>
public sealed class TimelineLimitTests
{
    [Fact]
    public async Task A_configured_limit_refuses_a_period_one_month_longer_and_charts_one_within_it()
    {
        using var factory = new TrackerApiFactory(new Dictionary<string, string?> { ["Tracker:Timeline:MaxMonths"] = "24" });

        var tooLong = await factory.QueryAsync("""{ statusTimeline(from: "2011-01-01", to: "2013-01-31") { from } }""");
        var within = await factory.QueryAsync("""{ statusTimeline(from: "2011-01-01", to: "2012-12-31") { points { date } } }""");

        Assert.Equal("BAD_USER_INPUT", (string)tooLong["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("The period from 2011-01-01 to 2013-01-31 spans 25 months; at most 24 are charted, one point a month. Narrow \"from\" and \"to\".", (string)tooLong["errors"]![0]!["message"]!);
        Assert.Null(within["errors"]);
        Assert.Equal(24, within["data"]!["statusTimeline"]!["points"]!.AsArray().Count);
    }

    [Fact]
    public void A_limit_below_one_month_is_refused_at_start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:Timeline:MaxMonths"] = "0" }).Build();

        var refused = Assert.Throws<Tracker.Data.InvalidSettingException>(() => { TimelineOptions.From(configuration); });
        Assert.Contains("Tracker:Timeline:MaxMonths", refused.Message);
    }
}
