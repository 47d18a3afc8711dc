using System.Runtime.CompilerServices;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Subscriptions with CLR sources (spec §6.2.3): streams, per-event execution, cancellation and disposal.</summary>
public sealed class SubscriptionTests
{
    private static GraphQLSchema NewSchema() => SchemaBuilder.Build("""
        type Query { a: Int }
        type Subscription { numbers: Int, events: Event }
        type Event { id: Int, fails: Int, root: Boolean }
        """);

    /// <summary>A source that records its disposal and, if asked, never yields and ignores cancellation.</summary>
    private sealed class RecordingSource(IReadOnlyList<object?> items, bool hangAfterItems) : IAsyncEnumerable<object?>
    {
        private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Disposed => _disposed.Task.IsCompleted;

        /// <summary>Completes when the source is disposed, so a test awaits its disposal rather than polling for it.</summary>
        public Task WhenDisposed => _disposed.Task;

        public async IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                foreach (var item in items)
                {
                    await Task.Yield();
                    yield return item;
                }
                if (hangAfterItems)
                {
                    // Ignores the token on purpose: disposal must still happen once this read ends.
                    await Task.Delay(200, CancellationToken.None);
                }
            }
            finally
            {
                _disposed.TrySetResult();
            }
        }
    }

    private static async IAsyncEnumerable<int> Counter(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async Task<List<string>> Collect(SubscriptionResult result)
    {
        var events = new List<string>();
        await foreach (var item in result.Stream!)
        {
            events.Add(ExecutionResultJson.ToJson(item));
        }
        return events;
    }

    /// <summary>A host's per-event services: a number, and a log of when it was opened and disposed.</summary>
    private sealed class EventServices(int number, List<string> log) : IServiceProvider, IAsyncDisposable
    {
        public int Number { get; } = number;

        public object? GetService(Type serviceType) => null;

        public ValueTask DisposeAsync()
        {
            log.Add($"dispose {Number}");
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task Each_event_runs_with_the_services_of_a_scope_opened_for_it_and_disposed_after_it()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int } type Subscription { numbers: String }");
        ((ObjectType)schema.GetType("Subscription")!).GetField("numbers")!.Resolver = context =>
            new ValueTask<object?>($"event {context.Source} in scope {((EventServices)context.Services!).Number}");
        var log = new List<string>();
        var opened = 0;

        var result = await Executor.SubscribeAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("subscription { numbers }"),
            RootValue = new { numbers = Counter(3) },
            EventScope = _ =>
            {
                var services = new EventServices(++opened, log);
                log.Add($"open {services.Number}");
                return ValueTask.FromResult(new SubscriptionEventScope(services, batchDispatcher: null, lifetime: services));
            },
        });

        Assert.Equal(
            ["""{"data":{"numbers":"event 1 in scope 1"}}""", """{"data":{"numbers":"event 2 in scope 2"}}""", """{"data":{"numbers":"event 3 in scope 3"}}"""],
            await Collect(result));
        Assert.Equal(["open 1", "dispose 1", "open 2", "dispose 2", "open 3", "dispose 3"], log);
    }

    [Fact]
    public async Task The_default_subscriber_reads_an_async_stream_of_any_item_type_from_the_root()
    {
        var schema = NewSchema();
        // Each event is the root value of its execution; this field answers the event itself.
        ((ObjectType)schema.GetType("Subscription")!).GetField("numbers")!.Resolver = context => new ValueTask<object?>(context.Source);

        var result = await Executor.SubscribeAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("subscription { numbers }"),
            RootValue = new { numbers = Counter(3) },
        });

        Assert.Null(result.ErrorResult);
        Assert.Equal(["""{"data":{"numbers":1}}""", """{"data":{"numbers":2}}""", """{"data":{"numbers":3}}"""], await Collect(result));
    }

    [Fact]
    public async Task Each_event_is_executed_with_the_event_as_root_value_and_errors_of_its_own()
    {
        var schema = NewSchema();
        var subscription = (ObjectType)schema.GetType("Subscription")!;
        var source = new RecordingSource([new { id = 1 }, new { id = 2 }], hangAfterItems: false);
        subscription.GetField("events")!.Subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(source);
        subscription.GetField("events")!.Resolver = context => new ValueTask<object?>(context.Source);
        var eventType = (ObjectType)schema.GetType("Event")!;
        eventType.GetField("fails")!.Resolver = context =>
            (int)DefaultResolvers.ReadMember(context.Source, "id")! == 1 ? throw new InvalidOperationException("odd event") : new ValueTask<object?>(0);
        // The event object is both the root value and, through "events", the parent of these fields.
        eventType.GetField("root")!.Resolver = context => new ValueTask<object?>(ReferenceEquals(context.RootValue, context.Source));

        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("subscription { events { id fails root } }") });

        Assert.Equal(
            [
                """{"errors":[{"message":"odd event","locations":[{"line":1,"column":28}],"path":["events","fails"]}],"data":{"events":{"id":1,"fails":null,"root":true}}}""",
                """{"data":{"events":{"id":2,"fails":0,"root":true}}}""",
            ],
            await Collect(result));
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Stopping_the_enumeration_disposes_the_source()
    {
        var schema = NewSchema();
        var source = new RecordingSource([1, 2, 3], hangAfterItems: false);
        ((ObjectType)schema.GetType("Subscription")!).GetField("numbers")!.Subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(source);
        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("subscription { numbers }") });

        await foreach (var _ in result.Stream!)
        {
            break;
        }

        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Cancelling_disposes_a_source_that_ignores_the_token_once_its_read_ends()
    {
        var schema = NewSchema();
        var source = new RecordingSource([1], hangAfterItems: true);
        ((ObjectType)schema.GetType("Subscription")!).GetField("numbers")!.Subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(source);
        ((ObjectType)schema.GetType("Subscription")!).GetField("numbers")!.Resolver = context => new ValueTask<object?>(context.Source);
        using var cancellation = new CancellationTokenSource();
        var result = await Executor.SubscribeAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("subscription { numbers }"),
            CancellationToken = cancellation.Token,
        });
        var received = new List<string>();

        var reading = Task.Run(async () =>
        {
            await foreach (var item in result.Stream!)
            {
                received.Add(ExecutionResultJson.ToJson(item));
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal(["""{"data":{"numbers":1}}"""], received);
        // Disposal follows the reader's cancellation on another thread: awaited, failing after 10 s.
        await source.WhenDisposed.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_source_failing_mid_stream_ends_the_response_stream_with_its_exception()
    {
        var schema = NewSchema();
        ((ObjectType)schema.GetType("Subscription")!).GetField("numbers")!.Subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(Failing());
        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("subscription { numbers }") });

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Collect(result));

        Assert.Equal("source broke", failure.Message);
    }

    private static async IAsyncEnumerable<object?> Failing()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("source broke");
    }

    [Fact]
    public async Task A_subscriber_that_throws_gives_a_located_error_result()
    {
        var schema = NewSchema();
        ((ObjectType)schema.GetType("Subscription")!).GetField("numbers")!.Subscriber = _ => throw new InvalidOperationException("no stream today");

        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("subscription { n: numbers }") });

        Assert.Null(result.Stream);
        Assert.Equal("""{"errors":[{"message":"no stream today","locations":[{"line":1,"column":16}],"path":["n"]}]}""", ExecutionResultJson.ToJson(result.ErrorResult!));
    }

    [Fact]
    public async Task Subscribing_to_a_query_is_an_error_result()
    {
        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = NewSchema(), Document = Parser.Parse("{ a }") });

        Assert.Equal("""{"errors":[{"message":"Expected subscription operation."}]}""", ExecutionResultJson.ToJson(result.ErrorResult!));
    }

    [Fact]
    public async Task A_null_source_is_reported_with_graphql_js_wording_for_a_missing_one()
    {
        // graphql-js says "undefined" for a missing member and "null" for an explicit null; the default resolver
        // cannot tell them apart and the missing member is the usual case.
        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = NewSchema(), Document = Parser.Parse("subscription { numbers }"), RootValue = new { numbers = (object?)null } });

        Assert.Equal(
            """{"errors":[{"message":"Subscription field must return Async Iterable. Received: undefined.","locations":[{"line":1,"column":16}],"path":["numbers"]}]}""",
            ExecutionResultJson.ToJson(result.ErrorResult!));
    }
}
