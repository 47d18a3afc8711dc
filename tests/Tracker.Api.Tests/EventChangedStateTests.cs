using System.Text.Json.Nodes;

namespace Tracker.Api.Tests;

/// <summary>
/// <c>eventChanged(jurisdiction:)</c> on a state follows the events of its counties and cities, as the events filter's
/// <c>state</c> does, and nothing of another state's.
/// </summary>
public sealed class EventChangedStateTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    private static JsonObject NewEvent(string slug, string jurisdiction) => new()
    {
        ["slug"] = slug,
        ["kind"] = "PROTEST",
        ["title"] = "Vigil " + slug,
        ["description"] = "A vigil against Secure Communities.",
        ["jurisdiction"] = jurisdiction,
        ["sources"] = new JsonArray(new JsonObject { ["source"] = "mirac-blog", ["quote"] = "vigil" }),
    };

    [Fact]
    public async Task A_subscriber_to_a_state_sees_its_counties_and_cities_events_and_not_another_states()
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SubscribeAsync("e", "subscription { eventChanged(jurisdiction: \"MN\") { slug jurisdiction { code } } }", "eventChanged");

        // Another state's county first: were it let through, it would be the first message.
        await api.MutateAsync("createEvent", "event { id }", NewEvent("vigil-adams-county-wi", "WI-adams-county"));
        await api.MutateAsync("createEvent", "event { id }", NewEvent("vigil-hennepin-county-mn", "MN-hennepin-county"));
        var county = await socket.ReceiveAsync();
        await api.MutateAsync("createEvent", "event { id }", NewEvent("vigil-wisconsin", "WI"));
        await api.MutateAsync("createEvent", "event { id }", NewEvent("vigil-minneapolis-mn", "MN-minneapolis"));
        var city = await socket.ReceiveAsync();

        Assert.Equal(("next", "vigil-hennepin-county-mn"), ((string)county["type"]!, (string)county["payload"]!["data"]!["eventChanged"]!["slug"]!));
        Assert.Equal("MN-hennepin-county", (string)county["payload"]!["data"]!["eventChanged"]!["jurisdiction"]!["code"]!);
        Assert.Equal(("next", "vigil-minneapolis-mn"), ((string)city["type"]!, (string)city["payload"]!["data"]!["eventChanged"]!["slug"]!));
    }
}
