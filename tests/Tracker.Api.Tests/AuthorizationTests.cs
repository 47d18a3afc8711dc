using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.Api.Tests;

/// <summary>
/// Every field of Mutation, found in the schema (so a new mutation is covered without editing this test), is
/// refused without a key, with a wrong key and with a revoked key, with UNAUTHENTICATED, and changes nothing.
/// </summary>
public sealed class AuthorizationTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build(Parser.Parse(
        string.Join("\n\n", Directory.EnumerateFiles(Paths.Schema, "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText)),
        ParseOptions.Default with { MaxTokens = null }));

    public static TheoryData<string> Mutations()
    {
        var data = new TheoryData<string>();
        foreach (var field in Schema.MutationType!.Fields.Keys)
        {
            data.Add(field);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Every_mutation_refuses_callers_without_a_working_key_and_changes_nothing(string field)
    {
        var document = ValidDocument(field);
        var before = await FingerprintAsync();

        foreach (var (key, why) in new[] { ((string?)null, "no key"), ("trk_not-a-real-key-at-all", "wrong key"), (api.Revoked, "revoked key"), ("Basic dXNlcjpwYXNz", "not a bearer key") })
        {
            var response = await api.SendAsync(key, document);

            var error = response["errors"]?[0];
            Assert.True(error is not null, $"{field} with {why}: {response.ToJsonString()}");
            Assert.Equal("UNAUTHENTICATED", (string)error!["extensions"]!["code"]!);
            // Refused before anything runs: a request error, located at the field, with no path and no data.
            Assert.Null(error["path"]);
            Assert.Equal(1, (int)error["locations"]![0]!["line"]!);
            Assert.Equal(12, (int)error["locations"]![0]!["column"]!);
            Assert.False(response.ContainsKey("data"), response.ToJsonString());
        }
        Assert.Equal(before, await FingerprintAsync());
    }

    [Theory]
    [InlineData("createApiKey")]
    [InlineData("revokeApiKey")]
    public async Task Key_management_needs_an_admin_key(string field)
    {
        var response = await api.SendAsync(api.Maintainer, ValidDocument(field));

        Assert.Equal("FORBIDDEN", (string)response["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task The_audit_log_is_for_maintainers_only_and_queries_stay_public()
    {
        var anonymous = await api.SendAsync(null, "{ auditLog { totalCount } }");
        var maintainer = await api.SendAsync(api.Maintainer, "{ auditLog { totalCount } }");
        var publicQuery = await api.SendAsync(null, "{ jurisdiction(code: \"MN\") { name } }");

        Assert.Equal("UNAUTHENTICATED", (string)anonymous["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(maintainer["errors"]);
        Assert.Null(publicQuery["errors"]);
    }

    [Fact]
    public async Task Admins_create_keys_that_work_once_shown_and_revoke_them()
    {
        var created = await api.MutateAsync("createApiKey", "secret key { name role revokedAt }", new { name = "new-volunteer", role = "MAINTAINER" }, api.Admin);
        var secret = (string)created["secret"]!;
        var works = await api.SendAsync(secret, "{ auditLog { totalCount } }");
        await api.MutateAsync("revokeApiKey", "key { revokedAt }", new { name = "new-volunteer" }, api.Admin);
        var refused = await api.SendAsync(secret, "{ auditLog { totalCount } }");
        var listed = await api.SendAsync(api.Admin, "{ apiKeys { name prefix } }");

        Assert.StartsWith("trk_", secret);
        Assert.Null(works["errors"]);
        Assert.Equal("UNAUTHENTICATED", (string)refused["errors"]![0]!["extensions"]!["code"]!);
        Assert.DoesNotContain(secret, listed.ToJsonString());
        Assert.Equal(0, await api.WithDbAsync(db => db.ApiKeys.CountAsync(k => k.Hash == secret || k.Prefix == secret)));
    }

    [Fact]
    public async Task Repeated_failed_key_checks_are_rate_limited()
    {
        using var factory = new TrackerApiFactory();
        factory.CreateClient().Dispose();
        var limited = new MaintainerApiClient(factory);
        for (var i = 0; i < 10; i++)
        {
            var failure = await limited.SendAsync($"trk_guess-{i}", "{ auditLog { totalCount } }");
            Assert.Equal("UNAUTHENTICATED", (string)failure["errors"]![0]!["extensions"]!["code"]!);
        }

        var blocked = await limited.SendAsync("trk_guess-11", "{ auditLog { totalCount } }");

        Assert.Equal("RATE_LIMITED", (string)blocked["errors"]![0]!["extensions"]!["code"]!);
    }

    /// <summary>A document that passes validation for a mutation: every required input field gets a well-typed value.</summary>
    private static string ValidDocument(string field)
    {
        var definition = Schema.MutationType!.Fields[field];
        var arguments = string.Join(", ", definition.Arguments.Where(a => a.Type is NonNullType).Select(a => $"{a.Name}: {Literal(a.Type)}"));
        return $"mutation {{ {field}({arguments}) {{ __typename }} }}";
    }

    private static string Literal(IGraphQLType type) => type switch
    {
        NonNullType nonNull => Literal(nonNull.OfType),
        ListType list => $"[{Literal(list.OfType)}]",
        EnumType enumType => enumType.Values.Keys.First(),
        InputObjectType input => "{ " + string.Join(", ", input.Fields.Values.Where(f => f.Type is NonNullType && f.DefaultValueLiteral is null).Select(f => $"{f.Name}: {Literal(f.Type)}")) + " }",
        ScalarType { Name: "Int" } => "1",
        ScalarType { Name: "Float" } => "1.5",
        ScalarType { Name: "Boolean" } => "true",
        ScalarType { Name: "Date" } => "\"2011-07-20\"",
        ScalarType { Name: "DateTime" } => "\"2011-07-20T00:00:00Z\"",
        ScalarType { Name: "ID" } => "\"T3JnYW5pemF0aW9uOjE\"",
        _ => "\"mn\"",
    };

    /// <summary>Row counts and version totals of every table: any write shows.</summary>
    private Task<string> FingerprintAsync() => api.WithDbAsync(async db =>
    {
        var text = new StringBuilder();
        // Failed key checks are bookkeeping of the refusals themselves, not data a refused mutation could change.
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.ClrType != typeof(Dictionary<string, object>) && e.ClrType != typeof(Tracker.Data.Entities.FailedKeyCheck)))
        {
            var table = entity.GetTableName();
            // Table names come from the EF model, not from input.
            var count = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            text.Append(table).Append('=').Append(await db.Database.SqlQueryRaw<long>(count).SingleAsync());
            if (entity.FindProperty("Version") is not null)
            {
                var versions = "SELECT COALESCE(SUM(\"Version\"), 0) AS \"Value\" FROM \"" + table + "\"";
                text.Append('/').Append(await db.Database.SqlQueryRaw<long>(versions).SingleAsync());
            }
            text.Append(' ');
        }
        return text.ToString();
    });
}

/// <summary>Posts to a factory with a key (for tests that need their own server).</summary>
public sealed class MaintainerApiClient(TrackerApiFactory factory)
{
    public async Task<JsonObject> SendAsync(string key, string query)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
