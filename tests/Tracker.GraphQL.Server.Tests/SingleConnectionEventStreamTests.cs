using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tracker.GraphQL.Server.EventStreams;
using Tracker.GraphQL.Server.Subscriptions;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// graphql-sse's single connection mode as its PROTOCOL.md describes it (and as its client 2.6.1 speaks it): PUT
/// reserves a stream and answers 201 with a token; a GET accepting text/event-stream with the token opens the stream;
/// operations POSTed with the token and extensions.operationId answer 202 and send next {id, payload} then complete
/// {id} on the stream; DELETE ?operationId= stops one. Refused operations are reported on the stream. Bounded.
/// </summary>
public sealed class SingleConnectionEventStreamTests
{
    private const string Token = "X-GraphQL-Event-Stream-Token";

    [Fact]
    public async Task A_reserved_stream_carries_every_operation_by_id_and_delete_stops_one()
    {
        await using var app = await TestApp.StartAsync();
        using var client = app.Client;
        var token = await ReserveAsync(client);
        using var stream = await OpenAsync(client, token);

        Assert.Equal(HttpStatusCode.Accepted, (await OperateAsync(client, token, "live", "subscription { bookAdded { title } }")).StatusCode);
        await WaitForSubscribersAsync(app, 1);
        Assert.Equal(HttpStatusCode.Accepted, (await OperateAsync(client, token, "count", "subscription { countdown(from: 1) }")).StatusCode);
        var countdown = new[] { await stream.NextAsync(), await stream.NextAsync(), await stream.NextAsync() };
        using (var add = Post(Json(new { query = "mutation { addBook(input: { title: \"Single\" }) { id } }" })))
        {
            (await client.SendAsync(add)).EnsureSuccessStatusCode();
        }
        var added = await stream.NextAsync();
        var stopped = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/graphql?operationId=live") { Headers = { { Token, token } } });
        await WaitForSubscribersAsync(app, 0);
        Assert.Equal(HttpStatusCode.Accepted, (await OperateAsync(client, token, "query", "{ books { title } }")).StatusCode);
        var query = await stream.NextAsync();
        var queryComplete = await stream.NextAsync();

        Assert.Equal(
            ["next count {\"data\":{\"countdown\":1}}", "next count {\"data\":{\"countdown\":0}}", "complete count "],
            countdown.Select(e => $"{e.Name} {e.Data?["id"]} {e.Data?["payload"]?.ToJsonString()}"));
        Assert.Equal("next", added.Name);
        Assert.Equal("live", (string)added.Data!["id"]!);
        Assert.Equal("Single", (string)added.Data["payload"]!["data"]!["bookAdded"]!["title"]!);
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Equal(("next", "query"), (query.Name, (string)query.Data!["id"]!));
        Assert.NotNull(query.Data["payload"]!["data"]!["books"]);
        Assert.Equal(("complete", "query"), (queryComplete.Name, (string)queryComplete.Data!["id"]!));
    }

    [Fact]
    public async Task A_refused_operation_is_accepted_and_reported_on_the_stream_while_http_problems_get_their_status()
    {
        await using var app = await TestApp.StartAsync();
        using var client = app.Client;
        var token = await ReserveAsync(client);
        using var stream = await OpenAsync(client, token);

        var invalid = await OperateAsync(client, token, "bad", "subscription { nope }");
        var next = await stream.NextAsync();
        var complete = await stream.NextAsync();
        var withoutId = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Json(new { query = "{ books { title } }" }), Encoding.UTF8, "application/json"), Headers = { { Token, token } } });
        await OperateAsync(client, token, "twice", "subscription { bookAdded { title } }");
        var duplicate = await OperateAsync(client, token, "twice", "subscription { bookAdded { title } }");
        var unknownToken = await OperateAsync(client, "not-a-reservation", "x", "{ books { title } }");
        var secondStream = await SendStreamRequestAsync(client, token);

        Assert.Equal(HttpStatusCode.Accepted, invalid.StatusCode);
        Assert.Equal(("next", "bad"), (next.Name, (string)next.Data!["id"]!));
        Assert.Null(next.Data["payload"]!["data"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string)next.Data["payload"]!["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(("complete", "bad"), (complete.Name, (string)complete.Data!["id"]!));
        Assert.Equal(HttpStatusCode.BadRequest, withoutId.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownToken.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondStream.StatusCode);
    }

    [Fact]
    public async Task Reservations_are_bounded_per_client_and_expire_when_no_stream_connects()
    {
        // The expiry runs on a controlled clock: nothing expires until the test moves time past the timeout.
        var clock = new FakeTimeProvider();
        await using var app = await TestApp.StartAsync(o =>
        {
            o.MaxEventStreamReservationsPerClient = 2;
            o.EventStreamReservationTimeout = TimeSpan.FromSeconds(30);
        }, services: s => s.AddSingleton<TimeProvider>(clock));
        using var client = app.Client;
        var reservations = app.Services.GetRequiredService<EventStreamReservations>();

        var first = await ReserveAsync(client);
        await ReserveAsync(client);
        var third = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        clock.Advance(TimeSpan.FromSeconds(29));
        var stillHeld = reservations.Count;
        clock.Advance(TimeSpan.FromSeconds(1));
        await Signalled.WaitUntilAsync(() => reservations.NextChange, () => reservations.Count == 0);
        var expired = await OperateAsync(client, first, "late", "{ books { title } }");
        var again = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        Assert.Equal(2, stillHeld);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("TOO_MANY_OPERATIONS", await third.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }

    [Fact]
    public async Task Closing_the_stream_ends_its_operations_and_frees_its_reservation()
    {
        await using var app = await TestApp.StartAsync();
        using var client = app.Client;
        var reservations = app.Services.GetRequiredService<EventStreamReservations>();
        var token = await ReserveAsync(client);
        var stream = await OpenAsync(client, token);
        await OperateAsync(client, token, "live", "subscription { bookAdded { title } }");
        await WaitForSubscribersAsync(app, 1);

        stream.Dispose();

        await WaitForSubscribersAsync(app, 0);
        await Signalled.WaitUntilAsync(() => reservations.NextChange, () => reservations.Count == 0);
    }

    private static async Task<string> ReserveAsync(HttpClient client)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> SendStreamRequestAsync(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { Token, token } } };
        request.Headers.Accept.ParseAdd("text/event-stream");
        return client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static async Task<EventReader> OpenAsync(HttpClient client, string token)
    {
        var response = await SendStreamRequestAsync(client, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventReader(response, await response.Content.ReadAsStreamAsync());
    }

    private static Task<HttpResponseMessage> OperateAsync(HttpClient client, string token, string id, string query) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(Json(new { query, extensions = new { operationId = id } }), Encoding.UTF8, "application/json"),
            Headers = { { Token, token } },
        });

    private static Task WaitForSubscribersAsync(TestApp app, int count)
    {
        var bus = app.Services.GetRequiredService<InMemoryTopicBus>();
        return Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == count);
    }


    /// <summary>Reads the stream's events one at a time (comments skipped), each within 15 s.</summary>
    private sealed class EventReader(HttpResponseMessage response, Stream body) : IDisposable
    {
        private readonly StreamReader _reader = new(body, Encoding.UTF8);

        public async Task<(string Name, JsonNode? Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            string? name = null;
            string? data = null;
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0 && name is not null)
                {
                    return (name, string.IsNullOrEmpty(data) ? null : JsonNode.Parse(data));
                }
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data = line[5..].TrimStart(' ');
                }
            }
            throw new InvalidOperationException("The stream ended.");
        }

        public void Dispose()
        {
            _reader.Dispose();
            response.Dispose();
        }
    }
}
