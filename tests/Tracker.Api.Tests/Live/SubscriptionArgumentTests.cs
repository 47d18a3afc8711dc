using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// Subscriptions are checked like queries when they start: a jurisdiction or letter that does not exist is refused
/// with NOT_FOUND (an "error" message over WebSocket, a JSON error response over Server-Sent Events) instead of
/// being accepted as a stream that never fires. Known ones are still accepted.
/// </summary>
public sealed class SubscriptionArgumentTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    [Theory]
    [InlineData("statusChanged(jurisdiction: \"ZZ\") { status }", "No jurisdiction has the code \"ZZ\".", "statusChanged")]
    [InlineData("signatureAdded(letter: \"nope\") { printedName }", "No letter has the slug \"nope\".", "signatureAdded")]
    public async Task An_unknown_argument_gets_an_error_message_over_websocket(string field, string message, string path)
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SendAsync(new { id = "unknown", type = "subscribe", payload = new { query = $"subscription {{ {field} }}" } });

        var answer = await socket.ReceiveAsync();

        Assert.Equal("error", (string)answer["type"]!);
        Assert.Equal("unknown", (string)answer["id"]!);
        var error = answer["payload"]!.AsArray().Single()!;
        Assert.Equal(message, (string)error["message"]!);
        Assert.Equal("NOT_FOUND", (string)error["extensions"]!["code"]!);
        Assert.Equal(path, (string)error["path"]![0]!);
        Assert.NotNull(error["locations"]);
    }

    [Fact]
    public async Task An_unknown_letter_gets_a_json_error_response_over_server_sent_events()
    {
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "subscription { signatureAdded(letter: \"nope\") { printedName } }" }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["data"]);
        Assert.Equal("NOT_FOUND", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_known_jurisdiction_and_letter_are_accepted()
    {
        await using var socket = await GraphQLWebSocket.ConnectAsync(api.Factory);
        await socket.SendAsync(new { id = "mn", type = "subscribe", payload = new { query = "subscription { statusChanged(jurisdiction: \"MN\") { status } }" } });
        await socket.SendAsync(new { id = "letter", type = "subscribe", payload = new { query = "subscription { signatureAdded(letter: \"morton-2011-07-20\") { printedName } }" } });

        await LiveSubscribers.WaitForAsync(api.Factory, "statusChanged");
        await LiveSubscribers.WaitForAsync(api.Factory, "signatureAdded");
    }
}
