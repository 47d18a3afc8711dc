using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// Every date input with a precision keeps a MONTH date as the 1st of its month and a YEAR date as 1 January
/// (README, "The record's kinds"), and an event's end is held to the start's rule: not in the future unless PLANNED.
/// </summary>
public sealed class DatePeriodTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static JsonObject NewEvent(string slug, JsonObject startsOn) => new()
    {
        ["slug"] = slug, ["kind"] = "MEETING", ["title"] = "Campaign meeting", ["description"] = "A meeting.", ["startsOn"] = startsOn,
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
    };

    private static JsonObject Date(string on, string precision = "DAY", string qualifier = "EXACT") => new() { ["on"] = on, ["precision"] = precision, ["qualifier"] = qualifier };

    [Theory]
    // The update moves the date to another year: within 2011 a YEAR date would be stored as it was, which changes
    // nothing (and is answered without a new version) and would not show the update keeping the period's first day.
    [InlineData("MONTH", "2011-06-01", "2012-09-01")]
    [InlineData("YEAR", "2011-01-01", "2012-01-01")]
    [InlineData("DAY", "2011-06-15", "2012-09-30")]
    public async Task A_record_kinds_date_is_kept_as_the_first_day_of_its_period(string precision, string kept, string keptOnUpdate)
    {
        var created = await api.MutateAsync("createEvent", "event { id version startsOn }", NewEvent("period-" + precision.ToLowerInvariant(), Date("2011-06-15", precision)));
        var updated = await api.MutateAsync("updateEvent", "event { startsOn }", new JsonObject
        {
            ["id"] = (string)created["event"]!["id"]!, ["version"] = 1, ["startsOn"] = Date("2012-09-30", precision),
        });

        Assert.Equal(kept, (string)created["event"]!["startsOn"]!);
        Assert.Equal(keptOnUpdate, (string)updated["event"]!["startsOn"]!);
    }

    [Fact]
    public async Task A_status_event_and_a_legislation_stage_keep_the_first_day_of_their_period_too()
    {
        var recorded = await api.MutateAsync("recordStatusChange", "statusEvent { id version effectiveOn slug }", new
        {
            jurisdiction = "NM", status = "OPT_OUT_REQUESTED", effectiveOn = "2011-05-20", datePrecision = "MONTH", description = "In May 2011.",
            sources = new[] { new { source = "mirac-blog" } },
        });
        var corrected = await api.MutateAsync("correctStatusEvent", "statusEvent { effectiveOn }", new
        {
            id = (string)recorded["statusEvent"]!["id"]!, version = 1, effectiveOn = "2011-07-04", datePrecision = "YEAR",
        });
        var legislation = await api.MutateAsync("recordLegislation", "legislation { stages { date } }", new
        {
            slug = "nm-period-bill", jurisdiction = "NM", title = "A bill of 2011", kind = "BILL", stance = "NEUTRAL",
            stages = new[] { new { stage = "INTRODUCED", date = "2011-03-17", datePrecision = "MONTH" } }, sources = new[] { new { source = "mirac-blog" } },
        });

        Assert.Equal("2011-05-01", (string)recorded["statusEvent"]!["effectiveOn"]!);
        Assert.Contains("-2011-05-01-", (string)recorded["statusEvent"]!["slug"]!);
        Assert.Equal("2011-01-01", (string)corrected["statusEvent"]!["effectiveOn"]!);
        Assert.Equal("2011-03-01", (string)legislation["legislation"]!["stages"]![0]!["date"]!);
    }

    [Fact]
    public async Task An_end_in_the_future_is_refused_unless_the_event_is_planned()
    {
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2).ToString("yyyy-MM-dd");
        var ended = NewEvent("ends-in-future", Date("2011-06-03"));
        ended["endsOn"] = future;
        var planned = NewEvent("planned-ends-in-future", Date(future, qualifier: "PLANNED"));
        planned["endsOn"] = future;

        var errors = await api.RefusedAsync("createEvent", "__typename", ended);
        var created = await api.MutateAsync("createEvent", "event { id endsOn }", planned);
        var unplanned = await api.RefusedAsync("updateEvent", "__typename", new JsonObject
        {
            ["id"] = (string)created["event"]!["id"]!, ["version"] = 1, ["startsOn"] = Date("2011-06-03"),
        });

        Assert.Equal([("input.endsOn", "INVALID_INPUT")], errors.Select(e => (RecordInputs.Field(e!), (string)e!["code"]!)));
        Assert.Equal($"\"endsOn\" ({future}) is in the future; record events once they have happened, or an announced event as PLANNED.", (string)errors[0]!["message"]!);
        Assert.Equal(future, (string)created["event"]!["endsOn"]!);
        Assert.Equal([("input.endsOn", "INVALID_INPUT")], unplanned.Select(e => (RecordInputs.Field(e!), (string)e!["code"]!)));
    }
}
