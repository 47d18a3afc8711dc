using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// Every date a maintainer writes lies from <c>Tracker:Dates:Earliest</c> (1950-01-01) to
/// <c>Tracker:Dates:MaxYearsAhead</c> (100) years after the server's today (2020-06-15 on this clock, so 2120-06-15):
/// outside it, the mutation is refused with a validation error on the field and nothing is saved or audited.
/// </summary>
public sealed class DateLimitTests(ClockedMaintainerApi api) : IClassFixture<ClockedMaintainerApi>
{
    private static object Change(string effectiveOn, string qualifier = "EXACT") => new
    {
        jurisdiction = "MN-hennepin-county", status = "WITHDREW", effectiveOn, datePrecision = "DAY", dateQualifier = qualifier,
        description = "a probe of the date limits", sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
    };

    private Task<int> StatusEventCount() => api.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.StatusEvents));

    [Theory]
    [InlineData("0001-01-01", "EXACT", "is before 1950-01-01, the earliest date the tracker accepts; check the year.")]
    [InlineData("0211-05-20", "EXACT", "is before 1950-01-01, the earliest date the tracker accepts; check the year.")]
    [InlineData("1949-12-31", "EXACT", "is before 1950-01-01, the earliest date the tracker accepts; check the year.")]
    [InlineData("9999-12-31", "PLANNED", "is after 2120-06-15, the latest date the tracker accepts (100 years from today); check the year.")]
    [InlineData("2120-06-16", "PLANNED", "is after 2120-06-15, the latest date the tracker accepts (100 years from today); check the year.")]
    public async Task A_status_change_dated_outside_the_limits_is_refused_on_effectiveOn_and_saves_nothing(string effectiveOn, string qualifier, string reason)
    {
        var before = await StatusEventCount();

        var errors = await api.RefusedAsync("recordStatusChange", "statusEvent { id }", Change(effectiveOn, qualifier));

        var error = Assert.Single(errors);
        Assert.Equal("input.effectiveOn", RecordInputs.Field(error!));
        Assert.Equal("INVALID_INPUT", (string)error!["code"]!);
        Assert.Equal($"\"effectiveOn\" ({effectiveOn}) {reason}", (string)error["message"]!);
        Assert.Equal(before, await StatusEventCount());
    }

    [Fact]
    public async Task The_limits_themselves_are_accepted()
    {
        var planned = await api.MutateAsync("recordStatusChange", "statusEvent { effectiveOn }", Change("2120-06-15", "PLANNED"));
        var source = await api.MutateAsync("addSource", "source { publishedOn }", new { slug = "date-limit-earliest", title = "Oldest accepted", publishedOn = "1950-01-01" });

        Assert.Equal("2120-06-15", (string)planned["statusEvent"]!["effectiveOn"]!);
        Assert.Equal("1950-01-01", (string)source["source"]!["publishedOn"]!);
    }

    [Fact]
    public async Task A_correction_to_a_date_outside_the_limits_is_refused_on_the_field()
    {
        var recorded = await api.MutateAsync("recordStatusChange", "statusEvent { id version }", Change("2011-05-20"));
        var id = (string)recorded["statusEvent"]!["id"]!;

        var errors = await api.RefusedAsync("correctStatusEvent", "statusEvent { id }", new { id, version = (int)recorded["statusEvent"]!["version"]!, effectiveOn = "1011-05-20" });

        Assert.Equal(["input.effectiveOn"], errors.Select(e => RecordInputs.Field(e!)));
        var key = RecordInputs.Key(recorded["statusEvent"]!);
        Assert.Equal(new DateOnly(2011, 5, 20), await api.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.StatusEvents.Where(e => e.Id == key).Select(e => e.EffectiveOn))));
    }

    [Theory]
    [InlineData("createEvent", "startsOn", """{ "on": "9999-12-31", "precision": "DAY", "qualifier": "PLANNED" }""", "input.startsOn.on")]
    [InlineData("createEvent", "startsOn", """{ "on": "2011-08-01", "precision": "DAY", "earliestOn": "0011-08-01" }""", "input.startsOn.earliestOn")]
    [InlineData("createEvent", "announcedOn", "\"0011-08-02\"", "input.announcedOn")]
    [InlineData("recordStatement", "date", """{ "on": "0001-01-01", "precision": "DAY" }""", "input.date.on")]
    [InlineData("recordStatistic", "periodFrom", """{ "on": "0201-01-01", "precision": "YEAR" }""", "input.periodFrom.on")]
    [InlineData("createDeportationCase", "reportedOn", """{ "on": "1016-10-01", "precision": "MONTH" }""", "input.reportedOn.on")]
    public async Task A_record_kinds_date_outside_the_limits_is_refused_on_its_field(string mutation, string field, string json, string path)
    {
        var input = mutation switch
        {
            "createEvent" => new JsonObject
            {
                ["slug"] = $"limit-{Guid.NewGuid():N}", ["kind"] = "LEGAL_CLINIC", ["title"] = "Clinic", ["description"] = "A clinic.",
                ["startsOn"] = new JsonObject { ["on"] = "2011-08-01", ["precision"] = "DAY" }, ["announcedOn"] = "2011-07-01",
                ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
            },
            "recordStatement" => new JsonObject
            {
                ["slug"] = $"limit-{Guid.NewGuid():N}", ["kind"] = "QUOTE", ["speakerName"] = "Sheriff Rich Stanek", ["text"] = "Words.",
                ["date"] = new JsonObject { ["on"] = "2011-06-01", ["precision"] = "DAY" }, ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
            },
            "recordStatistic" => new JsonObject
            {
                ["slug"] = $"limit-{Guid.NewGuid():N}", ["value"] = 26.5, ["valueText"] = "26.5%", ["unit"] = "PERCENT", ["counts"] = "people deported", ["jurisdiction"] = "MN",
                ["passage"] = "26.5% of those deported had no criminal conviction.",
                ["periodFrom"] = new JsonObject { ["on"] = "2010-01-01", ["precision"] = "YEAR" }, ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
            },
            _ => new JsonObject
            {
                ["slug"] = $"limit-{Guid.NewGuid():N}", ["name"] = "A. Person", ["jurisdiction"] = "MN", ["situation"] = "detained",
                ["reportedOn"] = new JsonObject { ["on"] = "2016-10-01", ["precision"] = "MONTH" }, ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
            },
        };

        await api.RefusedOnlyOnAsync(mutation, input, field, json, path, "INVALID_INPUT");
    }

    [Fact]
    public async Task An_events_end_outside_the_limits_is_refused_even_when_planned()
    {
        var errors = await api.RefusedAsync("createEvent", "event { id }", new
        {
            slug = "limit-planned-end", kind = "DAY_OF_ACTION", title = "Day of action", description = "Planned.",
            startsOn = new { on = "2021-01-01", precision = "DAY", qualifier = "PLANNED" }, endsOn = "9999-12-31",
            sources = new[] { new { source = "mirac-blog" } },
        });

        Assert.Equal(["input.endsOn"], errors.Select(e => RecordInputs.Field(e!)));
        Assert.Contains("(9999-12-31) is after 2120-06-15", (string)errors[0]!["message"]!);
    }

    [Fact]
    public async Task Letters_legislation_sources_and_signatures_refuse_a_slipped_century()
    {
        var letter = await api.RefusedAsync("createLetter", "letter { id }", new { slug = "limit-letter", title = "Old letter", kind = "SIGN_ON_LETTER", writtenOn = "0211-05-20", sources = new[] { new { source = "mirac-blog" } } });
        var legislation = await api.RefusedAsync("recordLegislation", "legislation { id }", new
        {
            slug = "limit-bill", jurisdiction = "MN", title = "Old bill", kind = "BILL", stance = "LIMITS_PARTICIPATION",
            stages = new[] { new { stage = "INTRODUCED", date = "1011-02-18" } }, sources = new[] { new { source = "mirac-blog" } },
        });
        var source = await api.RefusedAsync("addSource", "source { id }", new { slug = "limit-source", title = "Old source", publishedOn = "0001-01-01" });
        var signed = await api.SendAsync(api.Maintainer, "mutation { addSignatures(input: { letter: \"restoring-community-report\", signatures: [{ printedName: \"Limit Probe Group\", signedOn: \"0211-05-20\" }] }) { added rows { outcome message } } }");

        Assert.Equal(["input.writtenOn"], letter.Select(e => RecordInputs.Field(e!)));
        Assert.Equal(["input.stages.0.date"], legislation.Select(e => RecordInputs.Field(e!)));
        Assert.Equal(["input.publishedOn"], source.Select(e => RecordInputs.Field(e!)));
        var row = signed["data"]!["addSignatures"]!["rows"]![0]!;
        Assert.Equal(0, (int)signed["data"]!["addSignatures"]!["added"]!);
        Assert.Equal("INVALID", (string)row["outcome"]!);
        Assert.Equal("The signing date 0211-05-20 is before 1950-01-01, the earliest date the tracker accepts; check the year.", (string)row["message"]!);
    }
}
