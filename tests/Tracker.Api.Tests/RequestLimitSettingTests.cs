using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api.Tests;

/// <summary>The bounds on one request (README's settings table, <c>Tracker:Limits:*</c>) reach the server, and have README's defaults.</summary>
public sealed class RequestLimitSettingTests
{
    [Fact]
    public void The_limit_settings_set_the_servers_bounds_and_unset_ones_keep_the_defaults()
    {
        using var configured = new TrackerApiFactory(new Dictionary<string, string?>
        {
            ["Tracker:Limits:ExecutionTimeout"] = "00:00:05",
            ["Tracker:Limits:MaxRequestBodyBytes"] = "65536",
            ["Tracker:Limits:MaxTokens"] = "2000",
            ["Tracker:Limits:MaxDepth"] = "8",
            ["Tracker:Limits:MaxAliases"] = "4",
            ["Tracker:Limits:MaxCost"] = "5000",
        });
        using var defaults = new TrackerApiFactory();
        configured.CreateClient().Dispose();
        defaults.CreateClient().Dispose();

        var set = configured.Services.GetRequiredService<GraphQLServerOptions>();
        var unset = defaults.Services.GetRequiredService<GraphQLServerOptions>();

        Assert.Equal(
            (TimeSpan.FromSeconds(5), 65_536L, (int?)2_000, 8, 4, 5_000),
            (set.ExecutionTimeout, set.MaxRequestBodyBytes, set.Parse.MaxTokens, set.Operation.MaxDepth, set.Operation.MaxAliases, set.Operation.MaxCost));
        Assert.Equal(
            (TimeSpan.FromSeconds(30), 256 * 1024L, (int?)15_000, 15, 30, 100_000),
            (unset.ExecutionTimeout, unset.MaxRequestBodyBytes, unset.Parse.MaxTokens, unset.Operation.MaxDepth, unset.Operation.MaxAliases, unset.Operation.MaxCost));
        // The settings change only what they name.
        Assert.Equal(unset.Operation with { MaxDepth = 8, MaxAliases = 4, MaxCost = 5_000 }, set.Operation);
        Assert.Equal(unset.Parse with { MaxTokens = 2_000 }, set.Parse);
    }

    [Fact]
    public async Task A_query_beyond_a_configured_bound_is_refused_with_its_code()
    {
        using var factory = new TrackerApiFactory(new Dictionary<string, string?> { ["Tracker:Limits:MaxAliases"] = "1" });
        using var client = factory.CreateClient();

        var within = await Post(client, "{ a: jurisdictions(first: 1) { totalCount } }");
        var beyond = await Post(client, "{ a: jurisdictions(first: 1) { totalCount } b: jurisdictions(first: 1) { totalCount } }");

        Assert.Null(within["errors"]);
        Assert.Equal("MAX_ALIASES_EXCEEDED", beyond["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(beyond["data"]);
    }

    private static async Task<JsonNode> Post(HttpClient client, string query)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
