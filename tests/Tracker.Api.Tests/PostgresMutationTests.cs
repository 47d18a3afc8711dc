using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Maintainers;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// PostgreSQL enforces column lengths that SQLite does not: texts over a limit must be refused by the mutation's
/// own checks, as typed errors, never reach the database as an unexpected error.
/// </summary>
public sealed class PostgresMutationTests(SeededPostgresApi api) : IClassFixture<SeededPostgresApi>
{
    private async Task<JsonObject> SendAsync(string field, string selection, object input)
    {
        var (_, key) = await api.Factory.Services.GetRequiredService<ApiKeys>().CreateAsync($"pg-{Guid.NewGuid():N}"[..20], ApiKeyRole.Maintainer, default);
        var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = $"mutation ($input: {type}!) {{ {field}(input: $input) {{ {selection} errors {{ __typename message field }} }} }}", variables = new { input } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field]!.AsObject();
    }

    [Fact]
    public async Task A_stage_description_over_its_limit_is_a_validation_error()
    {
        var legislation = await SendAsync("recordLegislation", "legislation { id version }", new
        {
            slug = "pg-long-stage", jurisdiction = "MN", title = "Long stage", kind = "BILL", stance = "LIMITS_PARTICIPATION",
            stages = new[] { new { stage = "INTRODUCED", date = "2011-02-18" } }, sources = new[] { new { source = "mirac-blog" } },
        });

        var payload = await SendAsync("addLegislationStage", "legislation { id }", new
        {
            id = (string)legislation["legislation"]!["id"]!, version = (int)legislation["legislation"]!["version"]!,
            stage = new { stage = "PASSED", date = "2011-05-01", description = new string('d', 4001) }, sources = new[] { new { source = "mirac-blog" } },
        });

        Assert.Equal("ValidationError", (string)payload["errors"]![0]!["__typename"]!);
        Assert.Equal(["input", "stage", "description"], payload["errors"]![0]!["field"]!.AsArray().Select(f => (string)f!));
    }

    [Fact]
    public async Task A_signature_row_too_long_for_a_new_signatory_is_invalid_and_nothing_is_created()
    {
        var payload = await SendAsync("addSignatures", "added rows { outcome }", new { letter = "morton-2011-07-20", signatures = new[] { new { printedName = new string('y', 1000), kind = "PERSON" } } });

        Assert.Equal(0, (int)payload["added"]!);
        Assert.Equal("INVALID", (string)payload["rows"]![0]!["outcome"]!);
    }

    [Fact]
    public async Task Merged_notes_too_long_together_are_a_validation_error()
    {
        var survivor = await SendAsync("createOrganization", "organization { id version }", new { name = "Long Notes Survivor", kind = "OTHER" });
        var merged = await SendAsync("createOrganization", "organization { id version }", new { name = "Long Notes Merged", kind = "OTHER" });
        var noted = await SendAsync("updateOrganization", "organization { version }", new { id = (string)survivor["organization"]!["id"]!, version = 1, notes = new string('n', 3990) });

        var payload = await SendAsync("mergeOrganizations", "organization { id }", new
        {
            survivor = (string)survivor["organization"]!["id"]!, survivorVersion = (int)noted["organization"]!["version"]!,
            merged = (string)merged["organization"]!["id"]!, mergedVersion = 1,
        });

        Assert.Equal("ValidationError", (string)payload["errors"]![0]!["__typename"]!);
        Assert.StartsWith("Together the two organisations' notes would have", (string)payload["errors"]![0]!["message"]!);
    }
}
