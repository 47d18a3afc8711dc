using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// Status on any day (<c>asOf</c>) and the dating rule through the API, on the seeded record and on events
/// recorded with each qualifier; the same tests run on SQLite and PostgreSQL.
/// </summary>
public abstract class AsOfTestsBase(MaintainerApi api)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await api.SendAsync(null, query, variables);
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!;
    }

    private async Task<string> StatusAsync(string code, string? asOf) =>
        (string)(await DataAsync($"{{ jurisdiction(code: \"{code}\") {{ status{(asOf is null ? "" : $"(asOf: \"{asOf}\")")} }} }}"))["jurisdiction"]!["status"]!;

    [Theory]
    // EXACT: from its day.
    [InlineData("MN", "2011-05-23", "UNKNOWN")]
    [InlineData("MN", "2011-05-24", "REFUSED_TO_JOIN")]
    // ON_OR_BEFORE: from the day of the document reporting it.
    [InlineData("IL", "2011-05-19", "UNKNOWN")]
    [InlineData("IL", "2011-05-20", "WITHDREW")]
    // ON_OR_AFTER without a later bound: on no past day (California's TRUST Act, after 20 July 2011).
    [InlineData("CA", "2011-07-20", "UNKNOWN")]
    [InlineData("CA", "2012-01-01", "UNKNOWN")]
    // PLANNED, precision YEAR ("mandatory for 2013"): from the end of 2013, not from 1 January.
    [InlineData("US", "2013-01-01", "UNKNOWN")]
    [InlineData("US", "2013-12-30", "UNKNOWN")]
    [InlineData("US", "2013-12-31", "ACTIVATED_OVER_OBJECTION")]
    public async Task Seeded_events_count_from_the_day_their_qualifier_gives(string code, string day, string status)
    {
        Assert.Equal(status, await StatusAsync(code, day));
    }

    [Fact]
    public async Task Today_an_open_on_or_after_event_counts_and_as_of_today_equals_the_current_status()
    {
        Assert.Equal("OPT_OUT_REQUESTED", await StatusAsync("CA", null));
        Assert.Equal("OPT_OUT_REQUESTED", await StatusAsync("CA", Today.ToString("yyyy-MM-dd")));
        var us = await DataAsync("""{ jurisdiction(code: "US") { currentStatusEvent(asOf: "2014-06-01") { slug dateQualifier datePrecision countsFrom } } }""");
        Assert.Equal("""{"slug":"us-mandatory-2013","dateQualifier":"PLANNED","datePrecision":"YEAR","countsFrom":"2013-12-31"}""", us["jurisdiction"]!["currentStatusEvent"]!.ToJsonString());
        var california = await DataAsync("""{ jurisdiction(code: "CA") { currentStatusEvent { countsFrom latestOn } before: currentStatusEvent(asOf: "2020-01-01") { slug } } }""");
        Assert.Equal("""{"currentStatusEvent":{"countsFrom":null,"latestOn":null},"before":null}""", california["jurisdiction"]!.ToJsonString());
    }

    [Fact]
    public async Task Jurisdictions_as_of_a_day_filter_sort_and_answer_for_that_day()
    {
        var data = await DataAsync("""
            {
              refusedOrWithdrew: jurisdictions(asOf: "2011-06-01", where: { kind: { in: [STATE, DISTRICT] }, status: { in: [REFUSED_TO_JOIN, WITHDREW] } }, order: [{ name: ASC }]) {
                totalCount
                nodes { code status currentStatusEvent { slug } later: status(asOf: "2011-07-20") }
              }
              unknownStates: jurisdictions(asOf: "2011-06-01", where: { kind: { eq: STATE }, status: { eq: UNKNOWN } }) { totalCount }
              knownStates: jurisdictions(asOf: "2011-06-01", where: { kind: { eq: STATE }, status: { neq: UNKNOWN } }) { totalCount }
              byStatus: jurisdictions(asOf: "2011-06-01", where: { code: { in: ["IL", "MN", "NY"] } }, order: [{ status: ASC }]) { nodes { code } }
              byStatusToday: jurisdictions(where: { code: { in: ["IL", "MN", "NY"] } }, order: [{ status: ASC }]) { nodes { code } }
            }
            """);

        Assert.Equal(
            """{"totalCount":2,"nodes":[{"code":"IL","status":"WITHDREW","currentStatusEvent":{"slug":"il-withdrew-2011"},"later":"WITHDREW"},{"code":"MN","status":"REFUSED_TO_JOIN","currentStatusEvent":{"slug":"mn-refused-2011-05-24"},"later":"REFUSED_TO_JOIN"}]}""",
            data["refusedOrWithdrew"]!.ToJsonString());
        Assert.Equal(48, (int)data["unknownStates"]!["totalCount"]!);
        Assert.Equal(2, (int)data["knownStates"]!["totalCount"]!);
        // By the stored names: RefusedToJoin, Unknown, Withdrew on 1 June 2011 (New York withdrew by 3 June).
        Assert.Equal("""[{"code":"MN"},{"code":"NY"},{"code":"IL"}]""", data["byStatus"]!["nodes"]!.ToJsonString());
        Assert.Equal("""[{"code":"MN"},{"code":"IL"},{"code":"NY"}]""", data["byStatusToday"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task The_status_summary_counts_any_day_by_the_same_rule()
    {
        var data = await DataAsync("""
            {
              today: statusSummary { total byStatus { status count } }
              states: statusSummary(where: { kind: { in: [STATE, DISTRICT] } }) { total }
              june: statusSummary(asOf: "2011-06-01", where: { kind: { in: [STATE, DISTRICT] } }) { total byStatus { status count } byState { state { code } status count } }
              newYear: statusSummary(asOf: "2012-01-01") { byStatus { status count } }
              withdrawn: statusSummary(asOf: "2011-06-01", where: { status: { eq: WITHDREW } }) { total byKind { kind status count } }
            }
            """);

        int Count(string part, string status) => data[part]!["byStatus"]!.AsArray().Where(c => (string)c!["status"]! == status).Select(c => (int)c!["count"]!).SingleOrDefault();
        var total = (int)data["states"]!["total"]!;
        Assert.Equal(51, total);
        Assert.Equal(total, (int)data["june"]!["total"]!);
        Assert.Equal(1, Count("june", "WITHDREW"));
        Assert.Equal(1, Count("june", "REFUSED_TO_JOIN"));
        Assert.Equal(total - 2, Count("june", "UNKNOWN"));
        Assert.Equal(3, data["june"]!["byStatus"]!.AsArray().Count);
        Assert.Equal("""[{"state":{"code":"IL"},"status":"WITHDREW","count":1}]""",
            new JsonArray(data["june"]!["byState"]!.AsArray().Where(c => (string)c!["state"]!["code"]! == "IL").Select(c => c!.DeepClone()).ToArray()).ToJsonString());
        // California's TRUST Act counts today, not on 1 January 2012.
        Assert.Equal(5, Count("today", "OPT_OUT_REQUESTED"));
        Assert.Equal(4, Count("newYear", "OPT_OUT_REQUESTED"));
        Assert.Equal("""{"total":1,"byKind":[{"kind":"STATE","status":"WITHDREW","count":1}]}""", data["withdrawn"]!.ToJsonString());
    }

    [Fact]
    public async Task Every_county_is_on_the_map_and_unknown_where_nothing_is_known()
    {
        var data = await DataAsync("""
            {
              hennepin: jurisdiction(fips: "27053") { code name kind status parent { code } }
              orleans: jurisdiction(fips: "22071") { code name kind status parent { code } }
              counties: jurisdictions(where: { kind: { eq: COUNTY } }) { totalCount }
              summary: statusSummary(where: { kind: { eq: COUNTY } }) { total byKind { kind status count } }
            }
            """);

        Assert.Equal("""{"code":"MN-hennepin-county","name":"Hennepin County","kind":"COUNTY","status":"UNKNOWN","parent":{"code":"MN"}}""", data["hennepin"]!.ToJsonString());
        Assert.Equal("""{"code":"LA-orleans-parish","name":"Orleans Parish","kind":"COUNTY","status":"UNKNOWN","parent":{"code":"LA"}}""", data["orleans"]!.ToJsonString());
        var counties = (int)data["counties"]!["totalCount"]!;
        Assert.Equal(3_234, counties);
        Assert.Equal(counties, (int)data["summary"]!["total"]!);
        Assert.Equal(counties, data["summary"]!["byKind"]!.AsArray().Sum(c => (int)c!["count"]!));
        Assert.Contains(data["summary"]!["byKind"]!.AsArray(), c => (string)c!["status"]! == "UNKNOWN" && (int)c["count"]! > 3_200);
    }

    [Fact]
    public async Task Recorded_events_count_by_their_qualifier_precision_and_range_in_status_as_of_and_the_timeline()
    {
        const string selection = "statusEvent { countsFrom earliestOn latestOn } jurisdiction { status }";
        object Change(string status, string date, string precision, string qualifier, string? earliestOn = null, string? latestOn = null) => new
        {
            jurisdiction = "OK-tulsa-county", status, effectiveOn = date, datePrecision = precision, dateQualifier = qualifier, earliestOn, latestOn,
            description = $"{status} {qualifier}", sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
        };

        var month = await api.MutateAsync("recordStatusChange", selection, Change("PARTICIPATING", "2011-03-01", "MONTH", "EXACT"));
        var ranged = await api.MutateAsync("recordStatusChange", selection, Change("WITHDREW", "2011-06-01", "DAY", "ON_OR_AFTER", latestOn: "2011-09-15"));
        var planned = Today.AddDays(30).ToString("yyyy-MM-dd");
        var future = await api.MutateAsync("recordStatusChange", selection, Change("LIMITED_BY_LAW", planned, "DAY", "PLANNED"));

        Assert.Equal("""{"countsFrom":"2011-03-31","earliestOn":null,"latestOn":null}""", month["statusEvent"]!.ToJsonString());
        Assert.Equal("""{"countsFrom":"2011-09-15","earliestOn":null,"latestOn":"2011-09-15"}""", ranged["statusEvent"]!.ToJsonString());
        // A planned effect is recorded, and does not change today's status before its day.
        Assert.Equal("WITHDREW", (string)future["jurisdiction"]!["status"]!);
        Assert.Equal("UNKNOWN", await StatusAsync("OK-tulsa-county", "2011-03-30"));
        Assert.Equal("PARTICIPATING", await StatusAsync("OK-tulsa-county", "2011-03-31"));
        Assert.Equal("PARTICIPATING", await StatusAsync("OK-tulsa-county", "2011-09-14"));
        Assert.Equal("WITHDREW", await StatusAsync("OK-tulsa-county", "2011-09-15"));
        Assert.Equal("LIMITED_BY_LAW", await StatusAsync("OK-tulsa-county", planned));
        var timeline = await DataAsync("""{ statusTimeline(from: "2011-02-01", to: "2011-09-30", where: { code: { eq: "OK-tulsa-county" } }) { points { date counts { status count } } } }""");
        var points = timeline["statusTimeline"]!["points"]!.AsArray().ToDictionary(p => (string)p!["date"]!, p => p!["counts"]!.ToJsonString());
        Assert.Equal("[]", points["2011-02-28"]);
        Assert.Equal("""[{"status":"PARTICIPATING","count":1}]""", points["2011-03-31"]);
        Assert.Equal("""[{"status":"PARTICIPATING","count":1}]""", points["2011-08-31"]);
        Assert.Equal("""[{"status":"WITHDREW","count":1}]""", points["2011-09-30"]);
    }

    [Fact]
    public async Task Dates_that_contradict_themselves_or_lie_in_the_future_are_refused_on_the_field_concerned()
    {
        object Change(string date, string qualifier, string? earliestOn, string? latestOn, string precision = "DAY") => new
        {
            jurisdiction = "KS-wyandotte-county", status = "WITHDREW", effectiveOn = date, datePrecision = precision, dateQualifier = qualifier, earliestOn, latestOn,
            description = "bad dates", sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
        };
        var tomorrow = Today.AddDays(1).ToString("yyyy-MM-dd");
        var cases = new (object Input, string Field)[]
        {
            (Change("2011-05-01", "ON_OR_BEFORE", "2011-05-20", "2011-05-10", "MONTH"), "input.earliestOn"),
            (Change("2011-05-01", "ON_OR_AFTER", null, "2011-04-30", "MONTH"), "input.latestOn"),
            (Change(tomorrow, "EXACT", null, null), "input.effectiveOn"),
            (Change("2011-05-01", "ON_OR_AFTER", null, tomorrow), "input.latestOn"),
        };
        foreach (var (input, field) in cases)
        {
            var errors = await api.RefusedAsync("recordStatusChange", "statusEvent { id }", input);
            Assert.Equal([("ValidationError", field)], errors.Select(e => ((string)e!["__typename"]!, string.Join('.', e["field"]!.AsArray().Select(f => (string)f!)))));
        }
        Assert.Equal("UNKNOWN", await StatusAsync("KS-wyandotte-county", null));

        var recorded = await api.MutateAsync("recordStatusChange", "statusEvent { id version }", Change("2011-05-01", "ON_OR_BEFORE", null, null, "MONTH"));
        var id = (string)recorded["statusEvent"]!["id"]!;
        var refused = await api.RefusedAsync("correctStatusEvent", "statusEvent { id }", new { id, version = 1, earliestOn = "2011-06-01" });
        Assert.Equal("input.earliestOn", string.Join('.', refused.Single()!["field"]!.AsArray().Select(f => (string)f!)));
        var corrected = await api.MutateAsync("correctStatusEvent", "statusEvent { countsFrom latestOn }", new { id, version = 1, latestOn = "2011-05-12" });
        Assert.Equal("""{"countsFrom":"2011-05-12","latestOn":"2011-05-12"}""", corrected["statusEvent"]!.ToJsonString());
    }
}

public sealed class AsOfTests(MaintainerApi api) : AsOfTestsBase(api), IClassFixture<MaintainerApi>;

public sealed class PostgresAsOfTests(PostgresMaintainerApi api) : AsOfTestsBase(api), IClassFixture<PostgresMaintainerApi>;
