using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Subscriptions;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// One write is an event for every subscription listening, and each executes its selection: at most
/// <c>MaxConcurrentSubscriptionEvents</c> execute at once, the others wait their turn, queries are not held behind
/// them, and an event whose subscription ends while it waits gives up its turn.
/// </summary>
public sealed class SubscriptionEventGateTests
{
    private const string Subscription = "subscription { bookAdded { title author { name } } }";

    [Fact]
    public async Task A_writes_events_execute_at_most_the_bound_at_once_and_all_are_delivered()
    {
        await using var app = await TestApp.StartAsync(options => options.MaxConcurrentSubscriptionEvents = 2);
        var (shop, gate) = Parts(app);
        shop.HoldAuthors = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = await SubscribedAsync(app, 5);

        await app.Client.SendAsync(Post(Json(new { query = "mutation { addBook(input: {title: \"Gated\"}) { id } }" })));

        // No event can finish while the authors are held, so three waiting means the bound held them back.
        await Signalled.WaitUntilAsync(() => gate.NextChange, () => gate.Executing == 2 && gate.Waiting == 3);
        Assert.InRange(Volatile.Read(ref shop.AuthorBatchesWaiting), 0, 2);
        var query = await app.Client.SendAsync(Post(Json(new { query = "{ hello }" })));
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await query.Content.ReadAsStringAsync());

        shop.HoldAuthors.SetResult();
        var delivered = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var next = (await client.ReceiveAsync())!.Value;
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal("Gated", next.GetProperty("payload").GetProperty("data").GetProperty("bookAdded").GetProperty("title").GetString());
            delivered.Add(next.GetProperty("id").GetString()!);
        }
        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], delivered.Order());
        await Signalled.WaitUntilAsync(() => gate.NextChange, () => gate.Executing == 0 && gate.Waiting == 0);
        Assert.Equal(5, Volatile.Read(ref shop.AuthorBatchesWaiting));
    }

    [Fact]
    public async Task Events_of_subscriptions_that_end_while_waiting_or_executing_give_their_slots_back()
    {
        await using var app = await TestApp.StartAsync(options => options.MaxConcurrentSubscriptionEvents = 1);
        var (shop, gate) = Parts(app);
        shop.HoldAuthors = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = await SubscribedAsync(app, 3);
        await app.Client.SendAsync(Post(Json(new { query = "mutation { addBook(input: {title: \"Dropped\"}) { id } }" })));
        await Signalled.WaitUntilAsync(() => gate.NextChange, () => gate.Executing == 1 && gate.Waiting == 2);

        await client.DisposeAsync();

        await Signalled.WaitUntilAsync(() => gate.NextChange, () => gate.Executing == 0 && gate.Waiting == 0);
        var bus = app.Services.GetRequiredService<InMemoryTopicBus>();
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 0);
        // The slot is free for the next subscriber's event: nothing was left holding it.
        shop.HoldAuthors = null;
        await using var next = await SubscribedAsync(app, 1);
        await app.Client.SendAsync(Post(Json(new { query = "mutation { addBook(input: {title: \"After\"}) { id } }" })));
        var message = (await next.ReceiveAsync())!.Value;
        Assert.Equal("After", message.GetProperty("payload").GetProperty("data").GetProperty("bookAdded").GetProperty("title").GetString());
    }

    /// <summary>
    /// An event whose scope never finishes disposing (a read it abandoned that never ends) still gives its slot back,
    /// so the next event runs: held through the dispose, a few such events stopped every subscription on the server.
    /// </summary>
    [Fact]
    public async Task An_event_whose_scope_never_finishes_disposing_gives_its_slot_back()
    {
        var gate = new SubscriptionEventGate(1);
        var never = new TaskCompletionSource();
        await using var provider = new ServiceCollection().AddScoped(_ => new StuckOnDispose(never.Task)).BuildServiceProvider();
        var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<StuckOnDispose>();
        var lifetime = new EventLifetime(scope, await gate.EnterAsync(CancellationToken.None));

        var disposing = lifetime.DisposeAsync().AsTask();

        await Signalled.WaitUntilAsync(() => gate.NextChange, () => gate.Executing == 0);
        Assert.False(disposing.IsCompleted);
        await using var next = await gate.EnterAsync(CancellationToken.None);
        Assert.Equal(1, gate.Executing);
        never.SetResult();
        await disposing;
    }

    private sealed class StuckOnDispose(Task until) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await until;
    }

    private static (Bookshop Shop, SubscriptionEventGate Gate) Parts(TestApp app) =>
        (app.Services.GetRequiredService<Bookshop>(), app.Services.GetRequiredService<RequestExecutor>().SubscriptionEvents);

    /// <summary>A WebSocket client with <paramref name="count"/> subscriptions to <c>bookAdded</c> (ids s1...), all on the bus.</summary>
    private static async Task<WebSocketClient> SubscribedAsync(TestApp app, int count)
    {
        var bus = app.Services.GetRequiredService<InMemoryTopicBus>();
        var before = bus.SubscriberCount("bookAdded");
        var client = await WebSocketClient.ConnectAsync(app);
        await client.InitAsync();
        for (var i = 1; i <= count; i++)
        {
            await client.SendAsync(new { id = $"s{i}", type = "subscribe", payload = new { query = Subscription } });
        }
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == before + count);
        return client;
    }
}
