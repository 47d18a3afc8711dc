using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>A query sent with <c>Cache-Control: no-cache</c>, so that it is executed rather than answered by the response cache.</summary>
internal static class ExecutedQuery
{
    /// <summary>The query's data; fails on any error, or if the response cache answered.</summary>
    public static async Task<JsonNode> DataAsync(TrackerApiFactory server, string query)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.CacheControl = new() { NoCache = true };
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.False(response.Headers.TryGetValues("X-Cache", out var cache) && cache.Single() == "HIT", "the response cache answered");
        return body["data"]!;
    }
}
