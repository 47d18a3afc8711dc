using System.Net;
using Microsoft.Extensions.DependencyInjection;
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
            "event: next\ndata: {\"data\":{\"countdown\":1}}\n\nevent: next\ndata: {\"data\":{\"countdown\":0}}\n\nevent: complete\ndata: \n\n",
            text);
    }

    [Fact]
    public async Task An_invalid_subscription_over_sse_is_reported_in_the_stream_as_graphql_sse_requires()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = "subscription { nope }" }), "text/event-stream"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("event: next\ndata: {\"errors\":[{\"message\":\"Cannot query field", text);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", text);
        Assert.EndsWith("event: complete\ndata: \n\n", text);
    }

    [Fact]
    public async Task A_mutation_requested_as_an_event_stream_with_get_is_refused_and_not_run()
    {
        await using var app = await TestApp.StartAsync();
        var books = app.Services.GetRequiredService<Bookshop>().Books.Count;
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { addBook(input: { title: \"Sneaky\" }) { id } }"));
        request.Headers.Accept.ParseAdd("text/event-stream");

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync());
        Assert.Equal(books, app.Services.GetRequiredService<Bookshop>().Books.Count);
    }

    [Fact]
    public async Task Event_stream_requests_follow_the_same_http_rules_as_json_ones()
    {
        await using var app = await TestApp.StartAsync(o => o.MaxRequestBodyBytes = 1024);
        var huge = Post(Json(new { query = "subscription { countdown(from: 1) }", variables = new { padding = new string('x', 4000) } }), "text/event-stream");
        var chunked = Post(Json(new { query = "subscription { countdown(from: 1) }", variables = new { padding = new string('x', 4000) } }), "text/event-stream");
        chunked.Content!.Headers.ContentLength = null;
        // PUT is graphql-sse's reservation (SingleConnectionEventStreamTests); PATCH means nothing here.
        var put = new HttpRequestMessage(HttpMethod.Patch, "/graphql") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        put.Headers.Accept.ParseAdd("text/event-stream");
        var text = Post("{\"query\":\"subscription { countdown(from: 1) }\"}", "text/event-stream", contentType: "text/plain");

        var tooLarge = await app.Client.SendAsync(huge);
        var tooLargeChunked = await app.Client.SendAsync(chunked);
        var wrongMethod = await app.Client.SendAsync(put);
        var wrongType = await app.Client.SendAsync(text);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await tooLarge.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLargeChunked.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
    }
}
