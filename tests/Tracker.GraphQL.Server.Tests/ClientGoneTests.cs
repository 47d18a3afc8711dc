using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.Server.Subscriptions;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// A client that goes away (resets its connection, ends its body early, abandons its request) is the client's doing,
/// not a server fault: on Kestrel with real sockets, the server ends the request and logs it in one line at Debug,
/// with no exception; nothing reaches the log at Error, so no anonymous client can fill the error log or page an
/// operator. A resolver's own failure is still an Error. Each test awaits the server's end of the request (the
/// response's completion, which Kestrel runs after logging what the application threw), then reads the log.
/// </summary>
public sealed class ClientGoneTests
{
    private const string ApolloAccept = "multipart/mixed;boundary=graphql;subscriptionSpec=1.0,application/json;q=0.9";

    private readonly CapturedLogs _logs = new();
    private readonly FirstRequest _request = new();

    private Task<TestApp> StartAsync() => TestApp.StartOnLoopbackAsync(
        logs: _logs,
        host: builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            _request.AddTo(builder);
        });

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("text/event-stream")]
    [InlineData(ApolloAccept)]
    public async Task A_client_that_resets_in_the_middle_of_its_body_is_logged_at_debug_not_as_a_server_error(string accept)
    {
        await using var app = await StartAsync();
        using var socket = await SendHeadersAndHalfTheBodyAsync(app, accept, "{ hello }");
        await _request.StartedAsync();

        Reset(socket);
        await _request.EndedAsync();

        AssertNoServerError();
        AssertBrokenOffLine("reading its body");
    }

    [Fact]
    public async Task A_body_that_ends_before_its_content_length_is_logged_at_debug_not_as_a_server_error()
    {
        await using var app = await StartAsync();
        using var socket = await SendHeadersAndHalfTheBodyAsync(app, "application/json", "{ hello }");
        await _request.StartedAsync();

        // A graceful end of what the client sends (FIN), short of the length it announced.
        socket.Shutdown(SocketShutdown.Send);
        await _request.EndedAsync();

        AssertNoServerError();
        AssertBrokenOffLine("reading its body");
    }

    [Fact]
    public async Task A_body_with_malformed_chunks_is_a_400_graphql_error_logged_at_debug()
    {
        await using var app = await StartAsync();
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(app.Address.Host, app.Address.Port);
        var request = $"POST /graphql HTTP/1.1\r\nHost: {app.Address.Authority}\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{\"query\":\"{ hello }\"}\r\n0\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(request));

        var answer = await ReadUntilClosedAsync(socket);
        await _request.EndedAsync();

        // Kestrel's verdict on the framing, as a GraphQL error (Kestrel alone answered an empty 400, and logged an Error).
        Assert.StartsWith("HTTP/1.1 400 Bad Request", answer);
        Assert.Contains("""{"errors":[{"message":"The request body could not be read: Bad chunk size data.","extensions":{"code":"BAD_REQUEST"}}]}""", answer);
        AssertNoServerError();
        AssertBrokenOffLine("reading its body");
    }

    [Fact]
    public async Task A_client_that_resets_while_its_query_runs_is_not_a_server_error()
    {
        await using var app = await StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();
        using var socket = await SendAsync(app, "application/json", "{ slow(ms: 600000) }", whole: true);
        await shop.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Reset(socket);
        await _request.EndedAsync();

        // The resolver was stopped by the client's going away (its token), not left running.
        await shop.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(15));
        AssertNoServerError();
    }

    [Theory]
    [InlineData("text/event-stream")]
    [InlineData(ApolloAccept)]
    public async Task A_client_that_resets_while_its_subscription_streams_is_not_a_server_error(string accept)
    {
        await using var app = await StartAsync();
        var bus = app.Services.GetRequiredService<InMemoryTopicBus>();
        using var socket = await SendAsync(app, accept, "subscription { bookAdded { title } }", whole: true);
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 1);

        Reset(socket);
        // An event for the client that left: the server may be writing it when it learns of the reset.
        await app.Services.GetRequiredService<ITopicEventSender>().SendAsync("bookAdded", new Book("99", "Gone", null, Kind.PaperBack));
        await _request.EndedAsync();

        AssertNoServerError();
        // The subscription ended with its request (its source may be released just after).
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 0);
    }

    [Theory]
    [InlineData("text/event-stream")]
    [InlineData(ApolloAccept)]
    public async Task A_client_that_resets_as_its_subscription_starts_leaves_no_subscriber_behind(string accept)
    {
        SubscribeUntilAborted? receiver = null;
        await using var app = await TestApp.StartOnLoopbackAsync(
            logs: _logs,
            host: builder =>
            {
                builder.Logging.SetMinimumLevel(LogLevel.Debug);
                _request.AddTo(builder);
                builder.Services.AddSingleton<ITopicEventReceiver>(services => receiver = new SubscribeUntilAborted(services.GetRequiredService<InMemoryTopicBus>()));
            });
        var bus = app.Services.GetRequiredService<InMemoryTopicBus>();
        using var socket = await SendAsync(app, accept, "subscription { bookAdded { title } }", whole: true);
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 1);

        // After the server subscribed, before it answers.
        Reset(socket);
        await _request.EndedAsync();

        AssertNoServerError();
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 0);
        Assert.True(receiver!.Subscribed.Task.IsCompleted);
    }

    [Fact]
    public async Task A_client_that_resets_between_the_parts_of_a_deferred_response_is_not_a_server_error()
    {
        await using var app = await StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();
        using var socket = await SendAsync(app, "multipart/mixed", "{ hello ... @defer { slow(ms: 600000) } }", whole: true);
        await shop.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Reset(socket);
        await _request.EndedAsync();

        await shop.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(15));
        AssertNoServerError();
    }

    [Fact]
    public async Task A_client_that_resets_its_websocket_with_a_subscription_open_is_logged_at_debug_in_one_line()
    {
        await using var app = await StartAsync();
        var bus = app.Services.GetRequiredService<InMemoryTopicBus>();
        Socket? connection = null;
        using var handler = new SocketsHttpHandler
        {
            // The client's own socket, so that the test can reset it under the WebSocket.
            ConnectCallback = async (context, cancellation) =>
            {
                connection = new Socket(SocketType.Stream, ProtocolType.Tcp);
                await connection.ConnectAsync(context.DnsEndPoint, cancellation);
                return new NetworkStream(connection, ownsSocket: true);
            },
        };
        using var websocket = new ClientWebSocket();
        websocket.Options.AddSubProtocol(GraphQLWebSocketHandler.SubProtocol);
        await websocket.ConnectAsync(new UriBuilder(app.Address) { Scheme = "ws", Path = "/graphql" }.Uri, new HttpMessageInvoker(handler), CancellationToken.None);
        // Not disposed: after the reset it could not close.
        var client = new WebSocketClient(websocket);
        await client.InitAsync();
        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 1);

        Reset(connection!);
        await _request.EndedAsync();

        AssertNoServerError();
        AssertBrokenOffLine("on its WebSocket");
        // The subscription ended with its request (its source may be released just after).
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 0);
    }

    [Fact]
    public async Task A_client_that_resets_during_its_websocket_upgrade_is_not_a_server_error()
    {
        await using var app = await StartAsync();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(app.Address.Host, app.Address.Port);
        var upgrade = $"GET /graphql HTTP/1.1\r\nHost: {app.Address.Authority}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
            + $"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: {Convert.ToBase64String(new byte[16])}\r\nSec-WebSocket-Protocol: {GraphQLWebSocketHandler.SubProtocol}\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(upgrade));
        await _request.StartedAsync();

        Reset(socket);
        await _request.EndedAsync();

        AssertNoServerError();
    }

    [Fact]
    public async Task A_resolver_that_throws_is_still_logged_at_error_with_its_exception()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = app.Address };
        using var response = await client.SendAsync(HttpTransportTests.Post(HttpTransportTests.Json(new { query = "{ fail }" }), "application/json"));
        var answer = await response.Content.ReadAsStringAsync();
        await _request.EndedAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"message\":\"Unexpected error.\"", answer);
        var error = Assert.Single(_logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Equal("Resolver failed at fail", error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.DoesNotContain(_logs.Entries, e => e.Category == BrokenOffCategory);
    }

    private const string BrokenOffCategory = "Tracker.GraphQL.Server.Http.ClientGone";

    private static byte[] Body(string query) =>
        // Long enough that half of it is no complete JSON value, whatever the query.
        Encoding.UTF8.GetBytes(HttpTransportTests.Json(new { query, extensions = new { padding = new string('x', 4000) } }));

    private static Task<Socket> SendHeadersAndHalfTheBodyAsync(TestApp app, string accept, string query) => SendAsync(app, accept, query, whole: false);

    private static async Task<Socket> SendAsync(TestApp app, string accept, string query, bool whole)
    {
        var body = Body(query);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(app.Address.Host, app.Address.Port);
        var head = $"POST /graphql HTTP/1.1\r\nHost: {app.Address.Authority}\r\nContent-Type: application/json\r\nAccept: {accept}\r\nContent-Length: {body.Length}\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head));
        await socket.SendAsync(whole ? body : body.AsMemory(0, body.Length / 2));
        return socket;
    }

    /// <summary>Closes with linger 0: the kernel sends RST instead of FIN, as a crashed client or a dropped proxy does.</summary>
    private static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    private static async Task<string> ReadUntilClosedAsync(Socket socket)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var received = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, deadline.Token)) > 0)
        {
            received.Write(buffer, 0, read);
        }
        return Encoding.ASCII.GetString(received.ToArray());
    }

    /// <summary>Nothing at Error, and no exception (with its stack trace) at the levels a server logs; listed when there is.</summary>
    private void AssertNoServerError()
    {
        var faults = _logs.Entries
            .Where(e => e.Level >= LogLevel.Error || (e.Level >= LogLevel.Information && e.Exception is not null))
            .Select(e => $"{e.Level} {e.Category}: {e.Message} ({e.Exception?.GetType().Name}: {e.Exception?.Message})")
            .ToList();
        // Listed whole: the assertion's own message would cut each line short.
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    private void AssertBrokenOffLine(string stage)
    {
        var lines = _logs.Entries.Where(e => e.Category == BrokenOffCategory).ToList();
        Assert.True(lines.Count == 1, "One line from the server about the client's going away, in: " + string.Join("\n", _logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
        var line = lines[0];
        Assert.Equal(LogLevel.Debug, line.Level);
        Assert.Null(line.Exception);
        Assert.Contains(stage, line.Message);
        Assert.DoesNotContain('\n', line.Message);
    }
}
