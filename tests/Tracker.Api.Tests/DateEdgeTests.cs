using Microsoft.EntityFrameworkCore;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// Dates at the ends of the calendar (years 1 and 9999) and values that are no dates at all: a correct answer or a
/// clean BAD_USER_INPUT, never INTERNAL_SERVER_ERROR, and rejected values printed as graphql-js prints them.
/// </summary>
public sealed class DateEdgeTests(SeededApi api) : IClassFixture<SeededApi>
{
    private async Task<List<string>> TimelinePoints(string from, string to)
    {
        var response = await api.Factory.QueryAsync($$"""{ statusTimeline(from: "{{from}}", to: "{{to}}") { from to points { date } } }""");
        Assert.Null(response["errors"]);
        var timeline = response["data"]!["statusTimeline"]!;
        Assert.Equal(from, (string)timeline["from"]!);
        Assert.Equal(to, (string)timeline["to"]!);
        return timeline["points"]!.AsArray().Select(p => (string)p!["date"]!).ToList();
    }

    [Fact]
    public async Task The_last_months_of_year_9999_are_charted()
    {
        Assert.Equal(["9999-12-31"], await TimelinePoints("9999-12-01", "9999-12-31"));
        Assert.Equal(["9999-11-30", "9999-12-31"], await TimelinePoints("9999-11-01", "9999-12-31"));
        Assert.Equal(["9999-12-15"], await TimelinePoints("9999-12-15", "9999-12-15"));
    }

    [Fact]
    public async Task The_first_months_of_year_1_are_charted()
    {
        Assert.Equal(["0001-01-31", "0001-02-28", "0001-03-01"], await TimelinePoints("0001-01-01", "0001-03-01"));
    }

    [Fact]
    public async Task A_century_ending_in_9999_is_the_most_that_is_charted_and_one_month_more_is_refused()
    {
        var century = await TimelinePoints("9900-01-01", "9999-12-31");
        var tooLong = await api.Factory.QueryAsync("""{ statusTimeline(from: "9899-12-01", to: "9999-12-31") { from } }""");

        Assert.Equal(1_200, century.Count);
        Assert.Equal("9999-12-31", century[^1]);
        Assert.Equal("BAD_USER_INPUT", (string)tooLong["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("The period from 9899-12-01 to 9999-12-31 spans 1,201 months; at most 1,200 are charted, one point a month. Narrow \"from\" and \"to\".", (string)tooLong["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task The_whole_calendar_is_refused_with_the_months_it_spans()
    {
        var whole = await api.Factory.QueryAsync("""{ statusTimeline(from: "0001-01-01", to: "9999-12-31") { from } }""");

        Assert.Equal("BAD_USER_INPUT", (string)whole["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("The period from 0001-01-01 to 9999-12-31 spans 119,988 months; at most 1,200 are charted, one point a month. Narrow \"from\" and \"to\".", (string)whole["errors"]![0]!["message"]!);
    }

    /// <summary>Given only "to", the period starts at the first status event: the message says so and names "to", the argument given.</summary>
    [Fact]
    public async Task A_far_end_alone_names_the_first_event_and_the_to_argument()
    {
        await using var db = await api.Factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var first = await db.StatusEvents.Where(e => e.RetractedAt == null).MinAsync(e => e.EffectiveOn);

        var far = await api.Factory.QueryAsync("""{ statusTimeline(to: "9999-12-31") { from } }""");

        var error = far["errors"]![0]!;
        Assert.Equal("to", (string)error["extensions"]!["argument"]!);
        Assert.StartsWith($"The period from the first status event ({first:yyyy-MM-dd}) to 9999-12-31 spans ", (string)error["message"]!);
    }

    [Theory]
    [InlineData("true", "true")]
    [InlineData("""{ "a": 1, "b": [1, "x"] }""", """{ a: 1, b: [1, "x"] }""")]
    [InlineData("20110101", "20110101")]
    [InlineData("[\"2011-01-01\"]", """["2011-01-01"]""")]
    public async Task A_date_variable_that_is_not_a_string_is_printed_as_graphql_js_prints_it(string json, string printed)
    {
        var variables = System.Text.Json.JsonDocument.Parse($$"""{ "from": {{json}} }""").RootElement;

        var response = await api.Factory.QueryAsync("query ($from: Date) { statusTimeline(from: $from) { from } }", variables);

        Assert.Equal("BAD_USER_INPUT", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal($"Variable \"$from\" has invalid value: Date cannot represent a non-string value: {printed}", (string)response["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task A_date_time_variable_that_is_not_a_string_is_printed_as_graphql_js_prints_it()
    {
        // The only DateTime input is the audit log's filter, which needs a key (refused whole without one).
        var key = (await api.Factory.Services.GetRequiredService<ApiKeys>().CreateAsync("date-edge", ApiKeyRole.Maintainer, default)).Secret;
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query ($where: AuditFilter) { auditLog(where: $where) { totalCount } }", variables = new { where = new { from = false } } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var answer = await client.SendAsync(request);
        var response = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;

        var message = (string)response["errors"]![0]!["message"]!;
        Assert.Equal("BAD_USER_INPUT", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.EndsWith("DateTime cannot represent a non-string value: false", message);
    }
}
