using Tracker.Data.Entities;

namespace Tracker.Data.Tests;

/// <summary>The dating rule of README's "How dates count" table, qualifier by qualifier and precision by precision.</summary>
public sealed class StatusEventDatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Theory]
    // EXACT and ESTIMATED: from the date, or from the end of its month or year.
    [InlineData(DateQualifier.Exact, DatePrecision.Day, "2011-05-24", null, "2011-05-24")]
    [InlineData(DateQualifier.Exact, DatePrecision.Month, "2011-05-01", null, "2011-05-31")]
    [InlineData(DateQualifier.Exact, DatePrecision.Month, "2012-02-01", null, "2012-02-29")]
    [InlineData(DateQualifier.Exact, DatePrecision.Year, "2013-01-01", null, "2013-12-31")]
    [InlineData(DateQualifier.Estimated, DatePrecision.Day, "2011-06-10", null, "2011-06-10")]
    [InlineData(DateQualifier.Estimated, DatePrecision.Year, "2011-01-01", null, "2011-12-31")]
    // ON_OR_BEFORE ("by"): from the date, the end of its period being the "known by" day.
    [InlineData(DateQualifier.OnOrBefore, DatePrecision.Day, "2011-05-20", null, "2011-05-20")]
    [InlineData(DateQualifier.OnOrBefore, DatePrecision.Month, "2011-05-01", null, "2011-05-31")]
    // A range closing inside the period moves the day earlier.
    [InlineData(DateQualifier.OnOrBefore, DatePrecision.Month, "2011-05-01", "2011-05-12", "2011-05-12")]
    [InlineData(DateQualifier.Exact, DatePrecision.Year, "2011-01-01", "2011-03-31", "2011-03-31")]
    // ON_OR_AFTER: only from latestOn; without one, never on a past day (null: from today on).
    [InlineData(DateQualifier.OnOrAfter, DatePrecision.Day, "2011-07-20", null, null)]
    [InlineData(DateQualifier.OnOrAfter, DatePrecision.Day, "2011-07-20", "2011-10-01", "2011-10-01")]
    [InlineData(DateQualifier.OnOrAfter, DatePrecision.Month, "2011-07-01", null, null)]
    // PLANNED: from its date (the end of its period), never before.
    [InlineData(DateQualifier.Planned, DatePrecision.Day, "2030-01-15", null, "2030-01-15")]
    [InlineData(DateQualifier.Planned, DatePrecision.Year, "2013-01-01", null, "2013-12-31")]
    public void Each_qualifier_counts_from_the_day_the_table_gives(DateQualifier qualifier, DatePrecision precision, string effectiveOn, string? latestOn, string? countsFrom)
    {
        var actual = StatusEventDates.CountsFrom(DateOnly.Parse(effectiveOn), precision, qualifier, latestOn is null ? null : DateOnly.Parse(latestOn));

        Assert.Equal(countsFrom is null ? null : DateOnly.Parse(countsFrom), actual);
    }

    [Fact]
    public void An_event_without_a_counting_day_counts_from_today_on_only()
    {
        Assert.False(StatusEventDates.CountsOn(null, Today.AddDays(-1), Today));
        Assert.True(StatusEventDates.CountsOn(null, Today, Today));
        Assert.True(StatusEventDates.CountsOn(null, Today.AddDays(30), Today));
        Assert.False(StatusEventDates.CountsOn(new DateOnly(2011, 5, 31), new DateOnly(2011, 5, 30), Today));
        Assert.True(StatusEventDates.CountsOn(new DateOnly(2011, 5, 31), new DateOnly(2011, 5, 31), Today));
    }

    [Fact]
    public void The_sql_test_agrees_with_the_counting_day_for_every_kind_of_event()
    {
        var days = new[] { new DateOnly(2011, 5, 19), new DateOnly(2011, 5, 31), new DateOnly(2011, 7, 20), new DateOnly(2013, 12, 30), new DateOnly(2013, 12, 31), Today.AddDays(-1), Today, Today.AddDays(400) };
        foreach (var qualifier in Enum.GetValues<DateQualifier>())
        {
            foreach (var precision in Enum.GetValues<DatePrecision>())
            {
                foreach (var latestOn in new DateOnly?[] { null, new DateOnly(2011, 5, 25) })
                {
                    var statusEvent = new StatusEvent { Slug = "e", Description = "e", EffectiveOn = new DateOnly(2011, 5, 1), DatePrecision = precision, DateQualifier = qualifier, LatestOn = latestOn };
                    statusEvent.CountsFrom = StatusEventDates.CountsFrom(statusEvent);
                    foreach (var day in days)
                    {
                        var bySql = StatusEventDates.CountsOn(day, Today).Compile()(statusEvent);
                        Assert.Equal(StatusEventDates.CountsOn(statusEvent.CountsFrom, day, Today), bySql);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_retracted_event_never_counts()
    {
        var statusEvent = new StatusEvent { Slug = "e", Description = "e", EffectiveOn = new DateOnly(2011, 5, 1), CountsFrom = new DateOnly(2011, 5, 1), RetractedAt = DateTime.UtcNow };

        Assert.False(StatusEventDates.CountsOn(new DateOnly(2020, 1, 1), Today).Compile()(statusEvent));
    }

    [Theory]
    [InlineData("2011-05-01", DatePrecision.Month, DateQualifier.OnOrBefore, "2011-05-20", "2011-05-10", "earliestOn")]
    [InlineData("2011-05-01", DatePrecision.Month, DateQualifier.OnOrBefore, "2011-06-01", null, "earliestOn")]
    [InlineData("2011-05-01", DatePrecision.Month, DateQualifier.OnOrAfter, null, "2011-04-30", "latestOn")]
    [InlineData("2026-12-06", DatePrecision.Day, DateQualifier.Exact, null, null, "effectiveOn")]
    [InlineData("2026-11-01", DatePrecision.Day, DateQualifier.OnOrAfter, null, "2027-01-01", "latestOn")]
    public void Dates_that_contradict_themselves_or_lie_in_the_future_are_refused(string effectiveOn, DatePrecision precision, DateQualifier qualifier, string? earliestOn, string? latestOn, string field)
    {
        var problem = StatusEventDates.Problem(DateOnly.Parse(effectiveOn), precision, qualifier,
            earliestOn is null ? null : DateOnly.Parse(earliestOn), latestOn is null ? null : DateOnly.Parse(latestOn), Today);

        Assert.NotNull(problem);
        Assert.Equal(field, problem.Value.Field);
    }

    [Theory]
    [InlineData("2011-05-01", DatePrecision.Month, DateQualifier.OnOrBefore, "2011-05-10", "2011-05-20")]
    [InlineData("2011-07-20", DatePrecision.Day, DateQualifier.OnOrAfter, null, "2011-10-01")]
    [InlineData("2026-12-01", DatePrecision.Month, DateQualifier.Exact, null, null)]
    [InlineData("2030-01-01", DatePrecision.Year, DateQualifier.Planned, "2029-06-01", "2030-06-30")]
    public void Consistent_dates_pass(string effectiveOn, DatePrecision precision, DateQualifier qualifier, string? earliestOn, string? latestOn)
    {
        Assert.Null(StatusEventDates.Problem(DateOnly.Parse(effectiveOn), precision, qualifier,
            earliestOn is null ? null : DateOnly.Parse(earliestOn), latestOn is null ? null : DateOnly.Parse(latestOn), Today));
    }
}
