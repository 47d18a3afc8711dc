using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Audit;
using Tracker.GraphQL.Types;

namespace Tracker.Api.Tests;

/// <summary>
/// Authorization is decided for the whole operation before any of it runs, and what the audit log shows is
/// what each key may see, written in the API's own names.
/// </summary>
public sealed class OperationAuthorizationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string AddSource = "addSource(input: { slug: \"mixed-op-source\", title: \"Mixed\", url: \"https://example.org/mixed\" }) { source { id } }";
    private const string CreateKeyCall = "createApiKey(input: { name: \"mixed-op-key\", role: MAINTAINER })";
    private const string CreateKey = CreateKeyCall + " { secret }";

    public static TheoryData<string, string> MixedOperations() => new()
    {
        { "aliases", $"mutation {{ a: {AddSource} b: {CreateKey} }}" },
        { "a named fragment", $"mutation {{ a: {AddSource} ...Keys }} fragment Keys on Mutation {{ b: {CreateKey} }}" },
        { "an inline fragment", $"mutation {{ a: {AddSource} ... on Mutation {{ b: {CreateKey} }} }}" },
        { "a variable @include", $"mutation ($admin: Boolean = true) {{ a: {AddSource} b: {CreateKeyCall} @include(if: $admin) {{ secret }} }}" },
    };

    [Theory]
    [MemberData(nameof(MixedOperations))]
    public async Task An_operation_with_a_field_the_key_may_not_use_is_refused_whole_and_nothing_is_applied(string shape, string document)
    {
        var audits = await api.AuditCountAsync();

        var response = await api.SendAsync(api.Maintainer, document);

        var error = response["errors"]![0]!;
        Assert.True((string?)error["extensions"]?["code"] == "FORBIDDEN", $"{shape}: {response.ToJsonString()}");
        Assert.Contains("createApiKey needs an admin key", (string)error["message"]!);
        Assert.Single(error["locations"]!.AsArray());
        Assert.Null(error["path"]);
        Assert.False(response.ContainsKey("data"), response.ToJsonString());
        Assert.Equal(0, await api.WithDbAsync(db => db.Sources.CountAsync(s => s.Slug == "mixed-op-source")));
        Assert.Equal(0, await api.WithDbAsync(db => db.ApiKeys.CountAsync(k => k.Name == "mixed-op-key")));
        Assert.Equal(audits, await api.AuditCountAsync());
    }

    [Fact]
    public async Task A_field_a_directive_certainly_skips_does_not_count()
    {
        var response = await api.SendAsync(api.Maintainer, $"mutation {{ a: {AddSource.Replace("mixed-op-source", "skipped-op-source", StringComparison.Ordinal)} b: {CreateKeyCall} @skip(if: true) {{ secret }} }}");

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.NotNull(response["data"]!["a"]!["source"]);
        Assert.Equal(0, await api.WithDbAsync(db => db.ApiKeys.CountAsync(k => k.Name == "mixed-op-key")));
    }

    [Fact]
    public async Task A_public_query_beside_the_audit_log_is_refused_with_it_and_the_refusal_speaks_of_reading()
    {
        var response = await api.SendAsync(null, "{ jurisdiction(code: \"MN\") { name } auditLog { totalCount } }");

        var error = response["errors"]![0]!;
        Assert.Equal("UNAUTHENTICATED", (string)error["extensions"]!["code"]!);
        Assert.StartsWith("Reading auditLog needs an API key", (string)error["message"]!);
        Assert.DoesNotContain("Mutation", (string)error["message"]!);
        Assert.False(response.ContainsKey("data"));
    }

    [Fact]
    public async Task Key_management_in_the_audit_log_is_for_admins_only()
    {
        await api.MutateAsync("createApiKey", "key { name }", new { name = "audited-volunteer", role = "MAINTAINER" }, api.Admin);
        const string Query = "{ keys: auditLog(where: { mutation: \"createApiKey\" }) { totalCount nodes { input after } } all: auditLog(first: 100) { nodes { mutation after } } }";

        var asMaintainer = await api.SendAsync(api.Maintainer, Query);
        var asAdmin = await api.SendAsync(api.Admin, Query);

        Assert.Equal(0, (int)asMaintainer["data"]!["keys"]!["totalCount"]!);
        Assert.DoesNotContain("audited-volunteer", asMaintainer.ToJsonString());
        Assert.True((int)asAdmin["data"]!["keys"]!["totalCount"]! >= 1);
        Assert.Contains("audited-volunteer", asAdmin["data"]!["keys"]!.ToJsonString());
    }

    [Fact]
    public async Task The_audit_log_speaks_the_apis_enum_names_and_global_ids()
    {
        var payload = await api.MutateAsync("recordStatusChange", "statusEvent { id } jurisdiction { id }", new
        {
            jurisdiction = "WI", status = "OPT_OUT_REQUESTED", effectiveOn = "2011-09-15", dateQualifier = "ON_OR_BEFORE",
            actor = "Milwaukee County Board", description = "Resolution asking to opt out.", sources = new[] { new { source = "mirac-blog" } },
        });
        var eventId = (string)payload["statusEvent"]!["id"]!;

        var log = await api.SendAsync(api.Maintainer, "query ($id: ID!) { auditLog(where: { object: $id }) { nodes { objectId input after } } }", new { id = eventId });

        var entry = log["data"]!["auditLog"]!["nodes"]![0]!;
        var input = JsonNode.Parse((string)entry["input"]!)!;
        var after = JsonNode.Parse((string)entry["after"]!)!;
        Assert.Equal("OPT_OUT_REQUESTED", (string)input["status"]!);
        Assert.Equal("ON_OR_BEFORE", (string)input["dateQualifier"]!);
        Assert.Equal("OPT_OUT_REQUESTED", (string)after["status"]!);
        Assert.Equal(eventId, (string)after["id"]!);
        Assert.Equal((string)entry["objectId"]!, (string)after["id"]!);
        Assert.Equal((string)payload["jurisdiction"]!["id"]!, (string)after["jurisdiction"]!);
        Assert.Empty(InternalKeys(after));
        Assert.DoesNotContain("OptOutRequested", (string)entry["after"]!);
    }

    [Fact]
    public async Task Audit_images_of_every_kind_carry_no_internal_keys()
    {
        var organization = await api.MutateAsync("createOrganization", "organization { id }", new { name = "Audit Key Probe", kind = "NONPROFIT" });
        var legislation = await api.MutateAsync("recordLegislation", "legislation { id }", new
        {
            slug = "audit-key-probe", jurisdiction = "MN", title = "Probe", kind = "BILL", stance = "LIMITS_PARTICIPATION",
            stages = new[] { new { stage = "INTRODUCED", date = "2011-02-18" } }, sources = new[] { new { source = "mirac-blog" } },
        });
        await api.MutateAsync("addSignatures", "added", new { letter = "morton-2011-07-20", signatures = new[] { new { printedName = "Audit Key Probe" } } });

        var entries = await api.WithDbAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).Take(3).ToListAsync());

        Assert.All(entries, entry =>
        {
            Assert.Empty(InternalKeys(JsonNode.Parse(entry.Input)!));
            Assert.Empty(InternalKeys(JsonNode.Parse(entry.After!)!));
        });
        var signed = JsonNode.Parse(entries[0].After!)!["added"]![0]!;
        Assert.Equal((string)organization["organization"]!["id"]!, (string)signed["organization"]!);
        var recorded = JsonNode.Parse(entries[1].After!)!;
        Assert.Equal((string)legislation["legislation"]!["id"]!, (string)recorded["id"]!);
        Assert.Equal("INTRODUCED", (string)recorded["stages"]![0]!["stage"]!);
    }

    [Fact]
    public void Audit_json_writes_every_enum_value_as_the_schema_names_it()
    {
        var schema = api.Factory.Services.GetRequiredService<GraphQLSchema>();
        var bound = schema.TypeMap.Values.OfType<EnumType>().SelectMany(e => e.Values.Values).Where(v => v.Value is Enum).ToList();

        Assert.NotEmpty(bound);
        Assert.All(bound, value => Assert.Equal($"\"{value.Name}\"", JsonSerializer.Serialize(value.Value, value.Value!.GetType(), AuditJson.Options)));
    }

    /// <summary>Property names of a record's own key or a reference by key, anywhere in the JSON.</summary>
    private static List<string> InternalKeys(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => (p.Key == "key" || p.Key.EndsWith("Key", StringComparison.Ordinal) ? [p.Key] : new List<string>())
            .Concat(p.Value is null ? [] : InternalKeys(p.Value))).ToList(),
        JsonArray array => array.Where(i => i is not null).SelectMany(i => InternalKeys(i!)).ToList(),
        _ => [],
    };
}
