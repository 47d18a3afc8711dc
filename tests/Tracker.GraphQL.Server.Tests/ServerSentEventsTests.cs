using System.Net;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

public sealed class ServerSentEventsTests
{
    [Fact]
    public async Task A_subscription_over_sse_streams_next_events_then_complete()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = "subscription { countdown(from: 1) }" }), "text/event-stream"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"countdown\":1}}\n\nevent: next\ndata: {\"data\":{\"countdown\":0}}\n\nevent: complete\ndata:\n\n",
            text);
    }

    [Fact]
    public async Task An_invalid_subscription_over_sse_is_a_400_json_response()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = "subscription { nope }" }), "text/event-stream"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cannot query field", await response.Content.ReadAsStringAsync());
    }
}
