using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>createDeportationCase and updateDeportationCase: fields, petitions (PETITION letters only), the report date's rules, versions, audit and search.</summary>
public sealed class DeportationCaseMutationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string Selection = "deportationCase { id version slug name community jurisdiction { code } situation petitions { slug } reportedOn reportedOnPrecision reportedOnQualifier notes }";

    private static JsonObject NewCase(string slug) => new()
    {
        ["slug"] = slug,
        ["name"] = "Sothy Kum",
        ["community"] = "Cambodian",
        ["jurisdiction"] = "MN",
        ["situation"] = "detained, facing deportation",
        ["petitions"] = new JsonArray("cambodian-deportation-petitions-2016"),
        ["reportedOn"] = new JsonObject { ["on"] = "2016-10-01", ["precision"] = "MONTH", ["qualifier"] = "ON_OR_BEFORE" },
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog" }),
    };

    [Fact]
    public async Task A_case_is_created_with_its_petitions_audited_and_searchable()
    {
        var created = (await api.MutateAsync("createDeportationCase", Selection, NewCase("sothy-kum")))["deportationCase"]!;
        var audit = await api.AuditOfAsync("createDeportationCase", created);
        var found = await api.SendAsync(null, "{ search(text: \"Sothy Kum\") { __typename ... on DeportationCase { slug } } }");

        Assert.Equal(["cambodian-deportation-petitions-2016"], created["petitions"]!.AsArray().Select(p => (string)p!["slug"]!));
        Assert.Equal("MONTH", (string)created["reportedOnPrecision"]!);
        Assert.Equal("ON_OR_BEFORE", (string)created["reportedOnQualifier"]!);
        Assert.Equal("DeportationCase", audit.ObjectType);
        Assert.Equal(["sothy-kum"], found["data"]!["search"]!.AsArray().Select(r => (string)r!["slug"]!));
    }

    [Theory]
    [InlineData("name", "\"\"", "input.name", "INVALID_INPUT")]
    [InlineData("slug", "\"ched-nin\"", "input.slug", "INVALID_INPUT")]
    [InlineData("community", "\"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\"", "input.community", "INVALID_INPUT")]
    [InlineData("petitions", """["morton-2011-07-20"]""", "input.petitions.0", "INVALID_INPUT")]
    [InlineData("petitions", """["cambodian-deportation-petitions-2016", "nope"]""", "input.petitions.1", "NOT_FOUND")]
    [InlineData("reportedOn", """{"on": "2016-10-01", "latestOn": "2016-10-02"}""", "input.reportedOn.latestOn", "INVALID_INPUT")]
    [InlineData("reportedOn", """{"on": "2090-10-01", "qualifier": "PLANNED"}""", "input.reportedOn.qualifier", "INVALID_INPUT")]
    [InlineData("reportedOn", """{"on": "2090-10-01"}""", "input.reportedOn.on", "INVALID_INPUT")]
    [InlineData("jurisdiction", "\"MN-atlantis\"", "input.jurisdiction", "NOT_FOUND")]
    [InlineData("sources", "[]", "input.sources", "INVALID_INPUT")]
    public async Task Each_rule_is_reported_on_its_field(string field, string? json, string path, string code) =>
        await api.RefusedOnlyOnAsync("createDeportationCase", NewCase($"refused-{Guid.NewGuid():N}"), field, json, path, code);

    [Fact]
    public async Task An_update_changes_the_fields_given_clears_with_null_and_refuses_a_stale_version()
    {
        var input = NewCase("case-updated");
        input["name"] = "Vanna Chhun";
        var created = (await api.MutateAsync("createDeportationCase", "deportationCase { id }", input))["deportationCase"]!;
        var id = (string)created["id"]!;

        var updated = (await api.MutateAsync("updateDeportationCase", Selection, new { id, version = 1, situation = "released", petitions = Array.Empty<string>(), reportedOn = (object?)null }))["deportationCase"]!;
        var stale = await api.RefusedAsync("updateDeportationCase", "deportationCase { id }", new { id, version = 1, name = "Stale" });

        Assert.Equal(2, (int)updated["version"]!);
        Assert.Equal("released", (string)updated["situation"]!);
        Assert.Equal("Vanna Chhun", (string)updated["name"]!);
        Assert.Empty(updated["petitions"]!.AsArray());
        Assert.Null(updated["reportedOn"]);
        Assert.Null(updated["reportedOnPrecision"]);
        Assert.Equal("CONFLICT", (string)stale[0]!["code"]!);
        Assert.Contains("\"situation\":\"detained, facing deportation\"", (await api.AuditOfAsync("updateDeportationCase", created)).Before);
    }
}
