using Microsoft.Extensions.Configuration;
using Tracker.Api.Mutations;

namespace Tracker.Api.Tests;

/// <summary>The date limits are settings (<c>Tracker:Dates:Earliest</c>, <c>Tracker:Dates:MaxYearsAhead</c>), read and checked at start.</summary>
public sealed class DateLimitSettingTests
{
    private static DateLimits From(string key, string value) =>
        DateLimits.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build());

    [Fact]
    public void Configured_limits_move_where_dates_are_refused()
    {
        var limits = From(DateLimits.EarliestSetting, "2000-01-01") with { MaxYearsAhead = 2 };
        var today = new DateOnly(2020, 6, 15);

        Assert.Null(limits.Refusal(new DateOnly(2000, 1, 1), today));
        Assert.StartsWith("is before 2000-01-01", limits.Refusal(new DateOnly(1999, 12, 31), today));
        Assert.Null(limits.Refusal(new DateOnly(2022, 6, 15), today));
        Assert.StartsWith("is after 2022-06-15", limits.Refusal(new DateOnly(2022, 6, 16), today));
    }

    [Fact]
    public void The_ceiling_near_the_end_of_the_calendar_stops_at_its_last_day()
    {
        Assert.Null(DateLimits.Default.Refusal(DateOnly.MaxValue, new DateOnly(9995, 1, 1)));
    }

    [Theory]
    [InlineData("Tracker:Dates:Earliest", "1950")]
    [InlineData("Tracker:Dates:Earliest", "01/01/1950")]
    [InlineData("Tracker:Dates:MaxYearsAhead", "-1")]
    [InlineData("Tracker:Dates:MaxYearsAhead", "ten")]
    public void A_value_the_server_cannot_use_is_refused_naming_the_setting(string key, string value)
    {
        var refused = Assert.Throws<Tracker.Data.InvalidSettingException>(() => From(key, value));

        Assert.Contains(key, refused.Message);
    }

    [Fact]
    public void The_server_reads_the_configured_earliest_date()
    {
        using var factory = new TrackerApiFactory(new Dictionary<string, string?> { [DateLimits.EarliestSetting] = "2011-01-01" });
        factory.CreateClient().Dispose();

        var limits = (DateLimits)factory.Services.GetService(typeof(DateLimits))!;

        Assert.Equal(new DateOnly(2011, 1, 1), limits.Earliest);
    }
}
