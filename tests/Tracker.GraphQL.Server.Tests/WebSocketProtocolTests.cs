using System.Net.WebSockets;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>The graphql-transport-ws message flow and close codes.</summary>
public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private TestApp _app = null!;

    // The default init timeout (10 s): a short one would close a slow-starting test's connection before its init.
    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Init_is_acknowledged_and_pings_are_answered()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);

        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
        await client.InitAsync();
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", await client.ReceiveTypeAsync());
    }

    [Fact]
    public async Task A_subscription_streams_next_messages_then_complete()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();

        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { countdown(from: 2) }" } });

        var values = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var next = (await client.ReceiveAsync())!.Value;
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal("1", next.GetProperty("id").GetString());
            values.Add(next.GetProperty("payload").GetProperty("data").GetProperty("countdown").GetInt32());
        }
        var complete = (await client.ReceiveAsync())!.Value;
        Assert.Equal([2, 1, 0], values);
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_event_published_by_a_mutation_over_http_reaches_the_subscriber()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();
        await client.SendAsync(new { id = "s", type = "subscribe", payload = new { query = "subscription { bookAdded { title kind } }" } });
        var bus = (Subscriptions.InMemoryTopicBus)_app.Services.GetService(typeof(Subscriptions.InMemoryTopicBus))!;
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") > 0);

        await _app.Client.SendAsync(Post(Json(new { query = "mutation { addBook(input: {title: \"Live\"}) { id } }" })));

        var next = (await client.ReceiveAsync())!.Value;
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("Live", next.GetProperty("payload").GetProperty("data").GetProperty("bookAdded").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_client_can_complete_a_subscription()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();
        await client.SendAsync(new { id = "s", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await client.SendAsync(new { id = "s", type = "complete" });
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", await client.ReceiveTypeAsync());
    }

    [Fact]
    public async Task A_query_over_the_socket_gives_next_then_complete()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();
        await client.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ hello }" } });

        var next = (await client.ReceiveAsync())!.Value;
        Assert.Equal("Hello, world!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", await client.ReceiveTypeAsync());
    }

    [Fact]
    public async Task An_invalid_operation_gives_an_error_message()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();
        await client.SendAsync(new { id = "e", type = "subscribe", payload = new { query = "subscription { nope }" } });

        var error = (await client.ReceiveAsync())!.Value;
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("e", error.GetProperty("id").GetString());
        Assert.StartsWith("Cannot query field \"nope\"", error.GetProperty("payload")[0].GetProperty("message").GetString());
    }

    private static async Task<WebSocketCloseStatus?> ClosedWith(WebSocketClient client)
    {
        Assert.Null(await client.ReceiveAsync());
        return client.Socket.CloseStatus;
    }

    [Fact]
    public async Task Subscribing_before_init_closes_with_4401()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ hello }" } });

        Assert.Equal((WebSocketCloseStatus)4401, await ClosedWith(client));
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();
        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal((WebSocketCloseStatus)4429, await ClosedWith(client));
    }

    [Fact]
    public async Task A_duplicate_subscription_id_closes_with_4409()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();
        await client.SendAsync(new { id = "same", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await client.SendAsync(new { id = "same", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });

        Assert.Equal((WebSocketCloseStatus)4409, await ClosedWith(client));
        Assert.Equal("Subscriber for same already exists", client.Socket.CloseStatusDescription);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"unknown\"}")]
    [InlineData("{\"id\":\"1\",\"type\":\"subscribe\"}")]
    [InlineData("{\"id\":\"\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ hello }\"}}")]
    [InlineData("{\"type\":\"complete\"}")]
    [InlineData("{\"type\":\"ping\",\"payload\":[1]}")]
    [InlineData("{\"type\":\"connection_init\",\"payload\":\"abc\"}")]
    [InlineData("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ hello }\",\"query\":\"{ __typename }\"}}")]
    public async Task Invalid_messages_close_with_4400(string message)
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();
        await client.SendTextAsync(message);

        Assert.Equal((WebSocketCloseStatus)4400, await ClosedWith(client));
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var app = await TestApp.StartAsync(o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(300));
        await using var client = await WebSocketClient.ConnectAsync(app);

        Assert.Equal((WebSocketCloseStatus)4408, await ClosedWith(client));
    }

    [Fact]
    public async Task A_connection_without_the_subprotocol_closes_with_4406()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app, subProtocol: null);

        Assert.Equal((WebSocketCloseStatus)4406, await ClosedWith(client));
    }

    [Fact]
    public async Task Operations_beyond_the_connections_limit_get_an_error_and_the_connection_goes_on()
    {
        await using var app = await TestApp.StartAsync(o => o.MaxOperationsPerConnection = 2);
        await using var client = await WebSocketClient.ConnectAsync(app);
        await client.InitAsync();
        await client.SendAsync(new { id = "a", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await client.SendAsync(new { id = "b", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await client.SendAsync(new { id = "c", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });

        var refused = (await client.ReceiveAsync())!.Value;
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("c", refused.GetProperty("id").GetString());
        Assert.Equal("error", refused.GetProperty("type").GetString());
        Assert.Equal("TOO_MANY_OPERATIONS", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("pong", await client.ReceiveTypeAsync());
    }
}
