using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tracker.Api.Tests.Live;

/// <summary>
/// Subscriptions are checked like queries when they start: a jurisdiction or letter that does not exist is refused
/// with NOT_FOUND (an "error" message over WebSocket, a "next" event with the errors then "complete" over
/// Server-Sent Events, as graphql-sse's protocol reports refused operations) instead of
/// being accepted as a stream that never fires. Known ones are still accepted.
/// </summary>
public sealed class SubscriptionArgumentTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    [Theory]
    [InlineData("statusChanged(jurisdiction: \"ZZ\") { status }", "No jurisdiction has the code \"ZZ\".", "statusChanged")]
    [InlineData("signatureAdded(letter: \"nope\") { printedName }", "No letter has the slug \"nope\".", "signatureAdded")]
    [InlineData("eventChanged(jurisdiction: \"ZZ\") { slug }", "No jurisdiction has the code \"ZZ\".", "eventChanged")]
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
    public async Task An_unknown_letter_is_reported_in_the_event_stream_then_completed()
    {
        using var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "subscription { signatureAdded(letter: \"nope\") { printedName } }" }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStream(await response.Content.ReadAsStreamAsync());
        var next = await events.NextAsync();
        var complete = await events.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("next", next?.Name);
        Assert.Null(next!.Data!["data"]);
        Assert.Equal("NOT_FOUND", (string)next.Data["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("complete", complete?.Name);
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
