using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>recordStatistic and updateStatistic: value or bounds, units, periods, who states it, versions, audit and search.</summary>
public sealed class StatisticMutationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string Selection = "statistic { id version slug value low high approximate valueText unit counts jurisdiction { code } periodFrom periodFromPrecision periodTo periodToPrecision basis attributedTo { __typename } attributedToName statement { slug } letter { slug } passage notes }";

    private static JsonObject NewStatistic(string slug) => new()
    {
        ["slug"] = slug,
        ["value"] = 26.5,
        ["valueText"] = "26.5%",
        ["unit"] = "PERCENT",
        ["counts"] = "people deported from Hennepin County with no criminal conviction",
        ["jurisdiction"] = "MN-hennepin-county",
        ["periodFrom"] = new JsonObject { ["on"] = "2010-01-01", ["precision"] = "YEAR" },
        ["periodTo"] = new JsonObject { ["on"] = "2011-06-01", ["precision"] = "MONTH" },
        ["basis"] = "By ICE's own measure",
        ["attributedToName"] = "ICE",
        ["letter"] = "morton-2011-07-20",
        ["passage"] = "26.5% of those deported had no criminal conviction, by ICE's own measure.",
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
    };

    [Fact]
    public async Task A_statistic_is_recorded_with_who_states_it_audited_and_searchable()
    {
        var ids = await api.ActorIdsAsync();
        var input = NewStatistic("hennepin-noncriminal-2011");
        input["attributedTo"] = new JsonArray(ids.Body, ids.Organization);

        var created = (await api.MutateAsync("recordStatistic", Selection, input))["statistic"]!;
        var audit = await api.AuditOfAsync("recordStatistic", created);
        var found = await api.SendAsync(null, "{ search(text: \"Hennepin criminal conviction\") { __typename ... on Statistic { slug } } }");

        Assert.Equal(26.5, (double)created["value"]!);
        Assert.False((bool)created["approximate"]!);
        Assert.Equal("YEAR", (string)created["periodFromPrecision"]!);
        Assert.Equal(["Body", "Organization"], created["attributedTo"]!.AsArray().Select(a => (string)a!["__typename"]!));
        Assert.Equal("morton-2011-07-20", (string)created["letter"]!["slug"]!);
        Assert.Equal("Statistic", audit.ObjectType);
        Assert.Contains("hennepin-noncriminal-2011", found.ToJsonString());
    }

    [Theory]
    [InlineData("low", "20", "input.value", "INVALID_INPUT")]
    [InlineData("value", null, "input.value", "INVALID_INPUT")]
    [InlineData("value", "120", "input.value", "INVALID_INPUT")]
    [InlineData("value", "-1", "input.value", "INVALID_INPUT")]
    [InlineData("valueText", "\" \"", "input.valueText", "INVALID_INPUT")]
    [InlineData("slug", "\"UPPER\"", "input.slug", "INVALID_INPUT")]
    [InlineData("periodTo", """{"on": "2009-12-31"}""", "input.periodTo", "INVALID_INPUT")]
    [InlineData("periodFrom", """{"on": "2010-01-01", "qualifier": "ESTIMATED"}""", "input.periodFrom.qualifier", "INVALID_INPUT")]
    [InlineData("periodFrom", """{"on": "2010-01-01", "earliestOn": "2009-01-01"}""", "input.periodFrom.earliestOn", "INVALID_INPUT")]
    [InlineData("periodTo", """{"on": "2090-01-01"}""", "input.periodTo.on", "INVALID_INPUT")]
    [InlineData("statement", "\"no-such-statement\"", "input.statement", "NOT_FOUND")]
    [InlineData("letter", "\"no-such-letter\"", "input.letter", "NOT_FOUND")]
    [InlineData("attributedTo", """["not-an-id"]""", "input.attributedTo.0", "NOT_FOUND")]
    public async Task Each_rule_is_reported_on_its_field(string field, string? json, string path, string code) =>
        await api.RefusedOnlyOnAsync("recordStatistic", NewStatistic($"refused-{Guid.NewGuid():N}"), field, json, path, code);

    /// <summary>A bound alone says the figure lies beyond it: "over 100%" and "less than 0" leave nothing it could be.</summary>
    [Theory]
    [InlineData("PERCENT", "low", 100.0, "input.low")]
    [InlineData("PERCENT", "high", 0.0, "input.high")]
    [InlineData("PEOPLE", "high", 0.0, "input.high")]
    public async Task A_bound_alone_must_leave_room_for_the_figure(string unit, string bound, double number, string path)
    {
        var input = NewStatistic($"bound-alone-{Guid.NewGuid():N}");
        input.Remove("value");
        (input["unit"], input[bound]) = (unit, number);

        var errors = await api.RefusedAsync("recordStatistic", "__typename", input);

        Assert.Equal([(path, "INVALID_INPUT")], errors.Select(e => (RecordInputs.Field(e!), (string)e!["code"]!)));
    }

    [Theory]
    [InlineData("low", 99.5)]
    [InlineData("high", 0.5)]
    public async Task A_bound_alone_with_room_is_kept(string bound, double number)
    {
        var input = NewStatistic($"bound-room-{Guid.NewGuid():N}");
        input.Remove("value");
        input[bound] = number;

        var created = await api.MutateAsync("recordStatistic", "statistic { low high }", input);

        Assert.Equal(number, (double)created["statistic"]![bound]!);
    }

    [Fact]
    public async Task Bounds_are_checked_as_they_will_stand_after_an_update()
    {
        var created = (await api.MutateAsync("recordStatistic", "statistic { id }", NewStatistic("bounded-later")))["statistic"]!;
        var id = (string)created["id"]!;

        var both = await api.RefusedAsync("updateStatistic", "statistic { id }", new { id, version = 1, low = 20.0 });
        var crossed = await api.RefusedAsync("updateStatistic", "statistic { id }", new { id, version = 1, value = (double?)null, low = 60.0, high = 50.0 });
        var bounded = (await api.MutateAsync("updateStatistic", Selection, new { id, version = 1, value = (double?)null, low = 50.0, valueText = "over 50%", approximate = true }))["statistic"]!;
        var stale = await api.RefusedAsync("updateStatistic", "statistic { id }", new { id, version = 1, notes = "stale" });

        Assert.Equal("input.value", RecordInputs.Field(both[0]!));
        Assert.Equal("input.low", RecordInputs.Field(crossed[0]!));
        Assert.Null(bounded["value"]);
        Assert.Equal(50.0, (double)bounded["low"]!);
        Assert.True((bool)bounded["approximate"]!);
        Assert.Equal(2, (int)bounded["version"]!);
        Assert.Equal("CONFLICT", (string)stale[0]!["code"]!);
    }
}
