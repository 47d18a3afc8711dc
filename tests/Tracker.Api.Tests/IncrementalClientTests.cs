using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Api.Tests;

/// <summary>
/// Apollo Client 4.3.8 (tests/incremental-clients, pinned in its lock file) runs a query whose jurisdiction history
/// is deferred against the real server on a loopback port: the history arrives in a later multipart part, and
/// Apollo's result goes from streaming to complete with it.
/// </summary>
public sealed class IncrementalClientTests(IncrementalClientsFolder clients) : IClassFixture<IncrementalClientsFolder>
{
    [Fact]
    public async Task Apollo_client_receives_a_deferred_jurisdiction_history_in_a_later_chunk()
    {
        using var factory = new TrackerApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var expected = await factory.QueryAsync("{ jurisdiction(code: \"MN\") { statusEvents(first: 5) { totalCount nodes { id } } } }");

        var (exitCode, output, error) = await clients.RunNodeAsync("apollo-defer.mjs", address + "/graphql", "MN");

        Assert.True(exitCode == 0, $"node exited with {exitCode}: {error}\n{output}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        var response = Assert.Single(lines, l => (string?)l["kind"] == "response");
        Assert.Equal(200, (int)response["status"]!);
        Assert.StartsWith("multipart/mixed; boundary=\"-\"", (string?)response["contentType"]);
        Assert.StartsWith("multipart/mixed;incrementalSpec=v0.2", (string?)response["accept"]);

        var chunks = lines.Where(l => (string?)l["kind"] == "chunk").Select(l => l["payload"]!.AsObject()).ToList();
        Assert.True(chunks.Count >= 2, output);
        var initial = chunks[0];
        Assert.Equal("MN", (string?)initial["data"]!["jurisdiction"]!["code"]);
        Assert.Null(initial["data"]!["jurisdiction"]!["statusEvents"]);
        Assert.Equal("history", (string?)initial["pending"]![0]!["label"]);
        Assert.True((bool)initial["hasNext"]!);
        var deferred = Assert.Single(chunks.Skip(1).SelectMany(c => c["incremental"]?.AsArray() ?? []));
        Assert.Equal(expected["data"]!["jurisdiction"]!["statusEvents"]!.ToJsonString(), Without(deferred!["data"]!["statusEvents"]!, "__typename", "status", "effectiveOn").ToJsonString());
        Assert.False((bool)chunks[^1]["hasNext"]!);

        // Apollo emits its loading state ("empty"), the initial data ("streaming"), then the merged whole ("complete").
        var results = lines.Where(l => (string?)l["kind"] == "result").ToList();
        Assert.Equal(["empty", "streaming", "complete"], results.Select(r => (string?)r["dataState"]).Distinct());
        var streaming = results.First(r => (string?)r["dataState"] == "streaming");
        Assert.Equal("MN", (string?)streaming["data"]!["jurisdiction"]!["code"]);
        Assert.Null(streaming["data"]!["jurisdiction"]!["statusEvents"]);
        Assert.Equal("complete", (string?)results[^1]["dataState"]);
        var history = results[^1]["data"]!["jurisdiction"]!["statusEvents"]!;
        Assert.True((int)history["totalCount"]! > 0, output);
        Assert.Equal((int)expected["data"]!["jurisdiction"]!["statusEvents"]!["totalCount"]!, (int)history["totalCount"]!);
        Assert.Equal(
            expected["data"]!["jurisdiction"]!["statusEvents"]!["nodes"]!.AsArray().Select(n => (string?)n!["id"]),
            history["nodes"]!.AsArray().Select(n => (string?)n!["id"]));
    }

    /// <summary>A copy of a JSON value without the named properties, at any depth.</summary>
    private static JsonNode Without(JsonNode node, params string[] names)
    {
        var copy = node.DeepClone();
        Strip(copy);
        return copy;

        void Strip(JsonNode? value)
        {
            switch (value)
            {
                case JsonObject obj:
                    foreach (var name in names)
                    {
                        obj.Remove(name);
                    }
                    foreach (var (_, child) in obj)
                    {
                        Strip(child);
                    }
                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Strip(child);
                    }
                    break;
            }
        }
    }
}
