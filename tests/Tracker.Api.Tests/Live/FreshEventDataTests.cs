using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// A long-lived subscription resolves every event on fresh data: each event has its own DI and DataLoader scope,
/// so nested objects (the jurisdiction's status, a letter's signature count) are read again for it instead of
/// being served from the first event's cache. One test per transport, the data changed between events.
/// </summary>
public sealed class FreshEventDataTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private const string StatusSelection = "status jurisdiction { code version status currentStatusEvent { status effectiveOn } }";

    private static readonly (string Status, string EffectiveOn)[] Changes =
    [
        ("PARTICIPATING", "2011-01-10"),
        ("WITHDREW", "2011-06-10"),
        ("REFUSED_TO_JOIN", "2011-09-10"),
    ];

    [Fact]
    public async Task Every_websocket_event_carries_the_current_status_of_its_jurisdiction()
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SendAsync(new { id = "nh", type = "subscribe", payload = new { query = $"subscription {{ statusChanged(jurisdiction: \"NH\") {{ {StatusSelection} }} }}" } });
        await LiveSubscribers.WaitForAsync(api.Factory, "statusChanged");

        foreach (var (status, effectiveOn) in Changes)
        {
            var payload = await RecordAsync("NH", status, effectiveOn);
            var next = await socket.ReceiveAsync();

            Assert.Equal("next", (string)next["type"]!);
            AssertCurrent(next["payload"]!["data"]!["statusChanged"]!, status, effectiveOn, payload);
        }
    }

    [Fact]
    public async Task Every_event_stream_event_carries_the_current_status_of_its_jurisdiction()
    {
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = $"subscription {{ statusChanged(jurisdiction: \"VT\") {{ {StatusSelection} }} }}" }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStream(await response.Content.ReadAsStreamAsync());
        await LiveSubscribers.WaitForAsync(api.Factory, "statusChanged");

        foreach (var (status, effectiveOn) in Changes)
        {
            var payload = await RecordAsync("VT", status, effectiveOn);
            var next = await events.NextAsync();

            Assert.Equal("next", next?.Name);
            AssertCurrent(next!.Data!["data"]!["statusChanged"]!, status, effectiveOn, payload);
        }
    }

    [Fact]
    public async Task Every_websocket_event_carries_the_current_signature_count_of_its_letter()
    {
        const string letter = "restoring-community-report";
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SendAsync(new { id = "sig", type = "subscribe", payload = new { query = $"subscription {{ signatureAdded(letter: \"{letter}\") {{ printedName letter {{ slug signatureCount }} }} }}" } });
        await LiveSubscribers.WaitForAsync(api.Factory, "signatureAdded");
        var counts = new List<int>();

        foreach (var name in new[] { "Fresh Data Group One", "Fresh Data Group Two", "Fresh Data Group Three" })
        {
            await api.MutateAsync("addSignatures", "added", new { letter, signatures = new[] { new { printedName = name } } });
            var next = await socket.ReceiveAsync();
            var signature = next["payload"]!["data"]!["signatureAdded"]!;
            var current = await api.Factory.QueryAsync($"{{ letter(slug: \"{letter}\") {{ signatureCount }} }}");

            Assert.Equal(name, (string)signature["printedName"]!);
            Assert.Equal((int)current["data"]!["letter"]!["signatureCount"]!, (int)signature["letter"]!["signatureCount"]!);
            counts.Add((int)signature["letter"]!["signatureCount"]!);
        }

        Assert.Equal([counts[0], counts[0] + 1, counts[0] + 2], counts);
    }

    /// <summary>Records a status change over HTTP with a maintainer's key; returns the mutation's jurisdiction.</summary>
    private async Task<JsonNode> RecordAsync(string jurisdiction, string status, string effectiveOn)
    {
        var payload = await api.MutateAsync("recordStatusChange", "jurisdiction { code version status }", new
        {
            jurisdiction, status, effectiveOn, description = $"{jurisdiction} now {status}.", sources = new[] { new { source = "mirac-blog" } },
        });
        return payload["jurisdiction"]!;
    }

    private static void AssertCurrent(JsonNode statusChanged, string status, string effectiveOn, JsonNode mutationJurisdiction)
    {
        var jurisdiction = statusChanged["jurisdiction"]!;
        Assert.Equal(status, (string)statusChanged["status"]!);
        Assert.Equal(status, (string)jurisdiction["status"]!);
        Assert.Equal((string)mutationJurisdiction["status"]!, (string)jurisdiction["status"]!);
        Assert.Equal((int)mutationJurisdiction["version"]!, (int)jurisdiction["version"]!);
        Assert.Equal(status, (string)jurisdiction["currentStatusEvent"]!["status"]!);
        Assert.Equal(effectiveOn, (string)jurisdiction["currentStatusEvent"]!["effectiveOn"]!);
    }
}
