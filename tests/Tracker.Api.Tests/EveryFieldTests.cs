using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data.Entities;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.Api.Tests;

/// <summary>
/// Every field of every type a query can reach resolves on the seeded data without an error (SQL a provider cannot
/// run, a binding that only fails at run time, would show here). The queries are derived from the schema
/// (<see cref="EveryFieldQueries"/>), so a new field is covered as soon as it is declared; PostgreSQL answers the same
/// documents in <see cref="PostgresParityTests"/>.
/// </summary>
public sealed class EveryFieldTests(SeededApi api) : IClassFixture<SeededApi>
{
    public static GraphQLSchema Schema { get; } = SchemaBuilder.Build(Parser.Parse(
        string.Join("\n\n", Directory.EnumerateFiles(Paths.Schema, "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText)),
        ParseOptions.Default with { MaxTokens = null }));

    [Fact]
    public void The_derived_queries_select_every_field_a_query_can_reach()
    {
        var (documents, selected, reachable) = EveryFieldQueries.Walk(Schema);

        Assert.Equal(Schema.QueryType!.Fields.Count, documents.Count);
        Assert.Empty(reachable.Except(selected));
        Assert.Contains("Letter.signatoriesByState", selected);
        Assert.Contains("Organization.signatures", selected);
    }

    [Fact]
    public async Task Every_field_resolves()
    {
        var admin = (await api.Factory.Services.GetRequiredService<ApiKeys>().CreateAsync("every-field", ApiKeyRole.Admin, default)).Secret;
        var variables = await ExampleVariablesAsync(api.Factory);
        using var client = api.Factory.CreateClient();

        foreach (var document in EveryFieldQueries.Walk(Schema).Documents)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = document.Text, variables }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            using var answer = await client.SendAsync(request);
            var response = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;

            Assert.True(response["errors"] is null, $"{document.RootField}: {response["errors"]?.ToJsonString()}\n{document.Text}");
            Assert.NotNull(response["data"]?[document.RootField]);
        }
    }

    /// <summary>Values of the variables the derived queries use, read from the seeded data.</summary>
    public static async Task<Dictionary<string, string>> ExampleVariablesAsync(TrackerApiFactory factory)
    {
        var seeded = await factory.QueryAsync("""
            { jurisdiction(code: "MN") { id legislation { slug } } people(first: 1) { nodes { slug } } sources(first: 1) { nodes { slug } } events(first: 1) { nodes { slug } }
              withLegislation: jurisdictions(first: 100) { nodes { legislation { slug } } } }
            """);
        Assert.True(seeded["errors"] is null, seeded["errors"]?.ToJsonString());
        var data = seeded["data"]!;
        return new Dictionary<string, string>
        {
            ["id"] = (string)data["jurisdiction"]!["id"]!,
            ["person"] = (string)data["people"]!["nodes"]![0]!["slug"]!,
            ["source"] = (string)data["sources"]!["nodes"]![0]!["slug"]!,
            ["event"] = (string)data["events"]!["nodes"]![0]!["slug"]!,
            ["legislation"] = data["withLegislation"]!["nodes"]!.AsArray().SelectMany(j => j!["legislation"]!.AsArray()).Select(l => (string)l!["slug"]!).First(),
        };
    }
}
