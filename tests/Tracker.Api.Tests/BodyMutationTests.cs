using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>createBody and updateBody: every field, each rule by its path, parents without cycles, versions, audit and search.</summary>
public sealed class BodyMutationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string Selection = "body { id version slug name acronym kind jurisdiction { code } parent { slug } address aliases notes citations { quote } }";

    private static JsonObject NewBody(string slug) => new()
    {
        ["slug"] = slug,
        ["name"] = "Secure Communities Task Force",
        ["acronym"] = "SCTF",
        ["kind"] = "ADVISORY_BODY",
        ["jurisdiction"] = "US",
        ["parent"] = "dhs",
        ["address"] = "500 12th St SW, Washington, DC",
        ["aliases"] = new JsonArray("Task Force on S-Comm"),
        ["notes"] = "Appointed in 2011.",
    };

    [Fact]
    public async Task A_body_is_created_with_its_parent_and_distinct_aliases_audited_and_searchable()
    {
        var input = NewBody("sctf-2011");
        input["sources"] = new JsonArray(new JsonObject { ["source"] = "tag-page-opt-out", ["quote"] = "task force" });
        input["aliases"] = new JsonArray("Grupo de trabajo de Comunidades Seguras", "secure communities task-force", "Task Force on S-Comm");

        var created = (await api.MutateAsync("createBody", Selection, input))["body"]!;
        var audit = await api.AuditOfAsync("createBody", created);
        var found = await api.SendAsync(null, "{ search(text: \"Grupo de trabajo\") { __typename ... on Body { slug } } }");

        Assert.Equal("dhs", (string)created["parent"]!["slug"]!);
        Assert.Equal("US", (string)created["jurisdiction"]!["code"]!);
        Assert.Equal(["Grupo de trabajo de Comunidades Seguras", "Task Force on S-Comm"], created["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("task force", (string)created["citations"]![0]!["quote"]!);
        Assert.Equal("Body", audit.ObjectType);
        Assert.Contains("SCTF", audit.After);
        Assert.Equal(["sctf-2011"], found["data"]!["search"]!.AsArray().Select(r => (string)r!["slug"]!));
    }

    [Theory]
    [InlineData("name", "\"...\"", "input.name", "INVALID_INPUT")]
    [InlineData("slug", "\"fbi\"", "input.slug", "INVALID_INPUT")]
    [InlineData("acronym", "\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"", "input.acronym", "INVALID_INPUT")]
    [InlineData("aliases", """["fine", "bell\u0007"]""", "input.aliases.1", "INVALID_INPUT")]
    [InlineData("jurisdiction", "\"XX\"", "input.jurisdiction", "NOT_FOUND")]
    [InlineData("parent", "\"no-such-body\"", "input.parent", "NOT_FOUND")]
    [InlineData("sources", """[{"source": "no-such-source"}]""", "input.sources.0.source", "NOT_FOUND")]
    public async Task Each_rule_is_reported_on_its_field(string field, string? json, string path, string code) =>
        await api.RefusedOnlyOnAsync("createBody", NewBody($"refused-{Guid.NewGuid():N}"), field, json, path, code);

    [Fact]
    public async Task An_update_replaces_aliases_refuses_cycles_a_cleared_jurisdiction_and_a_stale_version()
    {
        var parent = (await api.MutateAsync("createBody", "body { id version }", NewBody("sctf-parent")))["body"]!;
        var child = NewBody("sctf-child");
        child["parent"] = "sctf-parent";
        child["aliases"] = null;
        await api.MutateAsync("createBody", "body { id }", child);
        var id = (string)parent["id"]!;

        var cycle = await api.RefusedAsync("updateBody", "body { id }", new { id, version = 1, parent = "sctf-child" });
        var itself = await api.RefusedAsync("updateBody", "body { id }", new { id, version = 1, parent = "sctf-parent" });
        var cleared = await api.RefusedAsync("updateBody", "body { id }", new { id, version = 1, jurisdiction = (string?)null });
        var updated = (await api.MutateAsync("updateBody", Selection, new { id, version = 1, name = "S-Comm Task Force", aliases = new[] { "SCTF Working Group" }, parent = (string?)null, jurisdiction = "DC" }))["body"]!;
        var stale = await api.RefusedAsync("updateBody", "body { id }", new { id, version = 1, notes = "stale" });

        Assert.Equal("A body cannot be part of itself or of one of its own parts.", (string)cycle[0]!["message"]!);
        Assert.Equal("input.parent", RecordInputs.Field(cycle[0]!));
        Assert.Equal("input.parent", RecordInputs.Field(itself[0]!));
        Assert.Equal("input.jurisdiction", RecordInputs.Field(cleared[0]!));
        Assert.Equal(2, (int)updated["version"]!);
        Assert.Equal("S-Comm Task Force", (string)updated["name"]!);
        Assert.Equal(["SCTF Working Group"], updated["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Null(updated["parent"]);
        Assert.Equal("DC", (string)updated["jurisdiction"]!["code"]!);
        Assert.Equal("CONFLICT", (string)stale[0]!["code"]!);
        var renamed = await api.SendAsync(null, "{ search(text: \"Working Group\") { __typename ... on Body { slug } } }");
        Assert.Contains("sctf-parent", renamed.ToJsonString());
    }
}
