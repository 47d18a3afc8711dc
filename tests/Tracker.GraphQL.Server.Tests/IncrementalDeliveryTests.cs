using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>@defer and @stream over each transport: multipart/mixed, Server-Sent Events, WebSocket.</summary>
public sealed class IncrementalDeliveryTests
{
    private const string ApolloAccept = "multipart/mixed;incrementalSpec=v0.2,application/graphql-response+json,application/json;q=0.9";
    private const string Deferred = "{ hello ... @defer(label: \"b\") { book(id: \"1\") { title } } }";
    private const string Part = "\r\nContent-Type: application/json; charset=utf-8\r\n\r\n";
    private const string Initial = "{\"data\":{\"hello\":\"Hello, world!\"},\"pending\":[{\"id\":\"0\",\"path\":[],\"label\":\"b\"}],\"hasNext\":true}";
    private const string Later = "{\"hasNext\":false,\"incremental\":[{\"id\":\"0\",\"data\":{\"book\":{\"title\":\"Book 1\"}}}],\"completed\":[{\"id\":\"0\"}]}";

    [Fact]
    public async Task A_deferred_fragment_over_http_is_a_multipart_response_framed_part_by_part()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = Deferred }), ApolloAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("multipart/mixed; boundary=\"-\"; incrementalSpec=v0.2", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("\r\n---" + Part + Initial + "\r\n---" + Part + Later + "\r\n-----\r\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_streamed_list_over_http_sends_its_first_items_then_the_rest()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = "{ books(first: 3) @stream(initialCount: 1) { id } }" }), "multipart/mixed"));
        var parts = Parts(await response.Content.ReadAsStringAsync());

        Assert.Equal("{\"data\":{\"books\":[{\"id\":\"1\"}]},\"pending\":[{\"id\":\"0\",\"path\":[\"books\"]}],\"hasNext\":true}", parts[0]);
        Assert.Equal("[{\"id\":\"2\"},{\"id\":\"3\"}]", string.Concat(parts.Skip(1).Select(p => ItemsOf(p))).Replace("][", ","));
        Assert.Contains("\"hasNext\":false", parts[^1]);
    }

    [Fact]
    public async Task Get_with_multipart_accept_defers_a_query_and_a_persisted_hash_does_too()
    {
        await using var app = await TestApp.StartAsync();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Deferred)));
        var extensions = Json(new { persistedQuery = new { version = 1, sha256Hash = hash } });
        var register = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Deferred) + "&extensions=" + Uri.EscapeDataString(extensions));
        register.Headers.TryAddWithoutValidation("Accept", ApolloAccept);
        var byHash = new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(extensions));
        byHash.Headers.TryAddWithoutValidation("Accept", ApolloAccept);

        var first = await app.Client.SendAsync(register);
        var second = await app.Client.SendAsync(byHash);

        foreach (var response in new[] { first, second })
        {
            Assert.Equal("multipart/mixed", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal([Initial, Later], Parts(await response.Content.ReadAsStringAsync()));
        }
    }

    [Fact]
    public async Task An_operation_that_defers_nothing_is_plain_json_even_when_multipart_is_accepted()
    {
        await using var app = await TestApp.StartAsync();

        var plain = await app.Client.SendAsync(Post(Json(new { query = "{ hello }" }), ApolloAccept));
        var off = await app.Client.SendAsync(Post(Json(new { query = "query($d: Boolean!) { hello ... @defer(if: $d) { fail } }", variables = new { d = false } }), "application/json"));

        Assert.Equal("application/graphql-response+json", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", await plain.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Contains("\"hello\":\"Hello, world!\"", await off.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_that_accepts_only_multipart_gets_a_result_without_deferral_as_one_part()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = "{ hello }" }), "multipart/mixed"));

        Assert.Equal("multipart/mixed", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("\r\n---" + Part + "{\"data\":{\"hello\":\"Hello, world!\"}}\r\n-----\r\n", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("multipart/mixed;deferSpec=20220824, application/json")]
    [InlineData("multipart/mixed;subscriptionSpec=1.0, application/json")]
    public async Task Without_a_multipart_accept_an_active_defer_is_refused_with_406_before_anything_runs(string accept)
    {
        await using var app = await TestApp.StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();
        var books = shop.Books.Count;

        var response = await app.Client.SendAsync(Post(Json(new { query = "mutation { addBook(input: { title: \"Deferred\" }) { id ... @defer { title } } }" }), accept));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        var error = body.GetProperty("errors")[0];
        Assert.Equal("INCREMENTAL_DELIVERY_NOT_ACCEPTED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("The operation uses @defer, whose results come in several payloads; the request must accept multipart/mixed", error.GetProperty("message").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(books, shop.Books.Count);
    }

    [Fact]
    public async Task A_deferred_mutation_over_multipart_applies_once_and_delivers_the_deferred_fields_later()
    {
        await using var app = await TestApp.StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();
        var books = shop.Books.Count;

        var response = await app.Client.SendAsync(Post(Json(new { query = "mutation { addBook(input: { title: \"Later\" }) { id ... @defer { title } } }" }), ApolloAccept));
        var parts = Parts(await response.Content.ReadAsStringAsync());

        Assert.Equal(books + 1, shop.Books.Count);
        Assert.Equal($"{{\"data\":{{\"addBook\":{{\"id\":\"{books + 1}\"}}}},\"pending\":[{{\"id\":\"0\",\"path\":[\"addBook\"]}}],\"hasNext\":true}}", parts[0]);
        Assert.Equal("{\"hasNext\":false,\"incremental\":[{\"id\":\"0\",\"data\":{\"title\":\"Later\"}}],\"completed\":[{\"id\":\"0\"}]}", parts[1]);
    }

    [Fact]
    public async Task An_unexpected_error_inside_a_deferred_fragment_is_masked_in_its_payload()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = "{ hello ... @defer { fail } }" }), ApolloAccept));
        var text = await response.Content.ReadAsStringAsync();
        var parts = Parts(text);

        Assert.Equal(
            "{\"hasNext\":false,\"incremental\":[{\"id\":\"0\",\"data\":{\"fail\":null},\"errors\":[{\"message\":\"Unexpected error.\",\"locations\":[{\"line\":1,\"column\":22}],\"path\":[\"fail\"],\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]}],\"completed\":[{\"id\":\"0\"}]}",
            parts[1]);
        Assert.DoesNotContain("password", text);
    }

    [Fact]
    public async Task The_execution_timeout_covers_the_deferred_work_and_completes_what_is_pending_with_its_error()
    {
        await using var app = await TestApp.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(300));

        var response = await app.Client.SendAsync(Post(Json(new { query = "{ hello ... @defer { slow(ms: 30000) } }" }), ApolloAccept));
        var parts = Parts(await response.Content.ReadAsStringAsync());

        Assert.Equal(2, parts.Count);
        Assert.Equal(
            "{\"hasNext\":false,\"completed\":[{\"id\":\"0\",\"errors\":[{\"message\":\"The operation was stopped after 0.3 seconds.\",\"locations\":[{\"line\":1,\"column\":1}],\"extensions\":{\"code\":\"EXECUTION_TIMEOUT\"}}]}]}",
            parts[1]);
        await app.Services.GetRequiredService<Bookshop>().SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await app.Services.GetRequiredService<Bookshop>().SlowFinished.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_operation_limits_count_deferred_selections_and_refuse_before_anything_runs()
    {
        await using var app = await TestApp.StartAsync(o => o.Operation = o.Operation with { MaxDepth = 3 });
        var shop = app.Services.GetRequiredService<Bookshop>();

        var response = await app.Client.SendAsync(Post(Json(new { query = "{ hello deep { ... @defer { nested { nested { value } } } } }" }), ApolloAccept));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("MAX_DEPTH_EXCEEDED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, shop.ResolverCalls);
    }

    [Fact]
    public async Task Parts_are_flushed_as_produced_and_a_client_going_away_cancels_the_deferred_work()
    {
        await using var app = await TestApp.StartOnLoopbackAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();
        // Disposing an unfinished response closes its connection at once: SocketsHttpHandler would otherwise drain it
        // for up to ResponseDrainTimeout (2 s) first, and the client would not have gone away until then.
        using var client = new HttpClient(new SocketsHttpHandler { ResponseDrainTimeout = TimeSpan.Zero }) { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
        var request = Post(Json(new { query = "{ hello ... @defer { slow(ms: 60000) } }" }), ApolloAccept);

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var received = await ReadUntilAsync(stream, "\"hasNext\":true}\r\n---", TimeSpan.FromSeconds(10));
        await shop.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        response.Dispose();

        Assert.StartsWith("\r\n---" + Part + "{\"data\":{\"hello\":\"Hello, world!\"},\"pending\":[{\"id\":\"0\",\"path\":[]}],\"hasNext\":true}\r\n---", received);
        await shop.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The abandoned resolver still gets to end: its finally (a database context's disposal) runs.
        await shop.SlowFinished.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_deferred_query_over_sse_sends_each_payload_as_a_next_event()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = Deferred }), "text/event-stream"));

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"event: next\ndata: {Initial}\n\nevent: next\ndata: {Later}\n\nevent: complete\ndata: \n\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_deferred_query_over_websocket_sends_each_payload_as_a_next_message_then_complete()
    {
        await using var app = await TestApp.StartAsync();
        await using var socket = await WebSocketClient.ConnectAsync(app);
        await socket.InitAsync();

        await socket.SendAsync(new { id = "d", type = "subscribe", payload = new { query = Deferred } });

        Assert.Equal($"{{\"id\":\"d\",\"type\":\"next\",\"payload\":{Initial}}}", (await socket.ReceiveAsync())?.GetRawText());
        Assert.Equal($"{{\"id\":\"d\",\"type\":\"next\",\"payload\":{Later}}}", (await socket.ReceiveAsync())?.GetRawText());
        Assert.Equal("{\"id\":\"d\",\"type\":\"complete\"}", (await socket.ReceiveAsync())?.GetRawText());
    }

    [Fact]
    public async Task Completing_a_deferred_operation_over_websocket_cancels_its_deferred_work()
    {
        await using var app = await TestApp.StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();
        await using var socket = await WebSocketClient.ConnectAsync(app);
        await socket.InitAsync();

        await socket.SendAsync(new { id = "s", type = "subscribe", payload = new { query = "{ hello ... @defer { slow(ms: 60000) } }" } });
        var initial = await socket.ReceiveAsync();
        await shop.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await socket.SendAsync(new { id = "s", type = "complete" });

        Assert.Equal("next", initial?.GetProperty("type").GetString());
        await shop.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The abandoned resolver still gets to end: its finally (a database context's disposal) runs.
        await shop.SlowFinished.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>The JSON bodies of a multipart/mixed response, checking the framing on the way.</summary>
    private static List<string> Parts(string body)
    {
        Assert.StartsWith("\r\n---", body);
        Assert.EndsWith("\r\n-----\r\n", body);
        var inner = body["\r\n---".Length..^"\r\n-----\r\n".Length];
        return inner.Split("\r\n---").Select(part =>
        {
            Assert.StartsWith(Part, part);
            return part[Part.Length..];
        }).ToList();
    }

    private static string ItemsOf(string part)
    {
        using var document = JsonDocument.Parse(part);
        return document.RootElement.TryGetProperty("incremental", out var incremental)
            ? string.Concat(incremental.EnumerateArray().Select(e => e.GetProperty("items").GetRawText()))
            : string.Empty;
    }

    /// <summary>Reads the response until <paramref name="marker"/> has arrived (bounded by <paramref name="timeout"/>).</summary>
    private static async Task<string> ReadUntilAsync(Stream stream, string marker, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var count = await stream.ReadAsync(buffer, cancellation.Token);
            if (count == 0)
            {
                break;
            }
            received.Append(Encoding.UTF8.GetString(buffer, 0, count));
        }
        return received.ToString();
    }
}
