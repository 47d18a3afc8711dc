using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>recordStatement and updateStatement: kinds and actions, speakers in order, dates, links, versions, audit and search.</summary>
public sealed class StatementMutationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string Selection = "statement { id version slug kind action speakers { __typename } speakerName text language date datePrecision dateQualifier earliestOn latestOn addressedTo { __typename } jurisdictions { code } letter { slug } legislation { slug } event { slug } notes }";

    private static JsonObject NewStatement(string slug) => new()
    {
        ["slug"] = slug,
        ["kind"] = "QUOTE",
        ["speakerName"] = "Sheriff Rich Stanek",
        ["text"] = "We will keep honouring detainers.",
        ["date"] = new JsonObject { ["on"] = "2011-06-01", ["precision"] = "MONTH", ["qualifier"] = "ESTIMATED" },
        ["jurisdictions"] = new JsonArray("MN-hennepin-county", "MN"),
        ["letter"] = "morton-2011-07-20",
        ["legislation"] = "mn-sf-1143",
        ["event"] = "felipe-matos-walk-2010",
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog", ["quote"] = "keep honouring" }),
    };

    [Fact]
    public async Task A_statement_is_recorded_with_speakers_in_printed_order_its_links_audited_and_searchable()
    {
        var ids = await api.ActorIdsAsync();
        var input = NewStatement("stanek-detainers-2011");
        input["speakers"] = new JsonArray(ids.Person, ids.Body);
        input["addressedTo"] = new JsonArray(ids.Organization);
        input["text"] = "We will keep honouring detainers from Zyxwvut County.";

        var created = (await api.MutateAsync("recordStatement", Selection, input))["statement"]!;
        var audit = await api.AuditOfAsync("recordStatement", created);
        var found = await api.SendAsync(null, "{ search(text: \"Zyxwvut\") { __typename ... on Statement { slug } } }");

        Assert.Equal(["Person", "Body"], created["speakers"]!.AsArray().Select(a => (string)a!["__typename"]!));
        Assert.Equal(["Organization"], created["addressedTo"]!.AsArray().Select(a => (string)a!["__typename"]!));
        Assert.Equal("en", (string)created["language"]!);
        Assert.Equal("ESTIMATED", (string)created["dateQualifier"]!);
        Assert.Equal(2, created["jurisdictions"]!.AsArray().Count);
        Assert.Equal("felipe-matos-walk-2010", (string)created["event"]!["slug"]!);
        Assert.Equal("mn-sf-1143", (string)created["legislation"]!["slug"]!);
        Assert.Equal("Statement", audit.ObjectType);
        Assert.Equal(["stanek-detainers-2011"], found["data"]!["search"]!.AsArray().Select(r => (string)r!["slug"]!));
    }

    [Theory]
    [InlineData("action", "\"VETO\"", "input.action", "INVALID_INPUT")]
    [InlineData("kind", "\"ACTION\"", "input.action", "INVALID_INPUT")]
    [InlineData("language", "\"fr\"", "input.language", "INVALID_INPUT")]
    [InlineData("text", "\"\"", "input.text", "INVALID_INPUT")]
    [InlineData("slug", "\"fbi-mandatory-recommendation-2009\"", "input.slug", "INVALID_INPUT")]
    [InlineData("date", """{"on": "2090-06-01"}""", "input.date.on", "INVALID_INPUT")]
    [InlineData("date", """{"on": "2011-06-01", "precision": "MONTH", "earliestOn": "2011-07-01"}""", "input.date.earliestOn", "INVALID_INPUT")]
    [InlineData("speakers", """["UGVyc29uOjk5OTk5OQ"]""", "input.speakers.0", "NOT_FOUND")]
    [InlineData("jurisdictions", """["ZZ"]""", "input.jurisdictions.0", "NOT_FOUND")]
    [InlineData("event", "\"no-such-event\"", "input.event", "NOT_FOUND")]
    [InlineData("legislation", "\"no-such-bill\"", "input.legislation", "NOT_FOUND")]
    public async Task Each_rule_is_reported_on_its_field(string field, string? json, string path, string code) =>
        await api.RefusedOnlyOnAsync("recordStatement", NewStatement($"refused-{Guid.NewGuid():N}"), field, json, path, code);

    [Fact]
    public async Task A_planned_statement_may_lie_in_the_future()
    {
        var input = NewStatement("planned-announcement-2090");
        input["date"] = new JsonObject { ["on"] = "2090-01-01", ["qualifier"] = "PLANNED" };

        var created = (await api.MutateAsync("recordStatement", "statement { dateQualifier }", input))["statement"]!;

        Assert.Equal("PLANNED", (string)created["dateQualifier"]!);
    }

    [Fact]
    public async Task Kind_and_action_are_checked_as_they_will_stand_after_an_update()
    {
        var ids = await api.ActorIdsAsync();
        var input = NewStatement("stanek-updated-2011");
        input["speakers"] = new JsonArray(ids.Person);
        var created = (await api.MutateAsync("recordStatement", "statement { id }", input))["statement"]!;
        var id = (string)created["id"]!;

        var half = await api.RefusedAsync("updateStatement", "statement { id }", new { id, version = 1, kind = "ACTION" });
        var updated = (await api.MutateAsync("updateStatement", Selection, new { id, version = 1, kind = "ACTION", action = "LAWSUIT", speakers = new[] { ids.Organization }, date = (object?)null, language = "es" }))["statement"]!;
        var stale = await api.RefusedAsync("updateStatement", "statement { id }", new { id, version = 1, text = "stale" });

        Assert.Equal("input.action", RecordInputs.Field(half[0]!));
        Assert.Equal("LAWSUIT", (string)updated["action"]!);
        Assert.Equal(["Organization"], updated["speakers"]!.AsArray().Select(a => (string)a!["__typename"]!));
        Assert.Null(updated["date"]);
        Assert.Null(updated["dateQualifier"]);
        Assert.Equal("es", (string)updated["language"]!);
        Assert.Equal(2, (int)updated["version"]!);
        Assert.Equal("CONFLICT", (string)stale[0]!["code"]!);
    }
}
