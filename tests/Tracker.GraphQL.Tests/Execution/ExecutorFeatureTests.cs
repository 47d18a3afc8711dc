using System.Runtime.CompilerServices;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using static Tracker.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Tracker.GraphQL.Tests.Execution;

public sealed class ExecutorFeatureTests
{
    private sealed record Book(string Title, int Pages, Func<ResolveFieldContext, object?> Shout, Task<string> Later);

    [Fact]
    public async Task Default_resolver_reads_clr_properties_ignoring_case_calls_functions_and_awaits_tasks()
    {
        var schema = Schema("type Query { book: Book } type Book { title: String pages: Int shout: String later: String }");
        var book = new Book("Dune", 412, context => "DUNE", Task.FromResult("eventually"));

        var json = await ExecuteJson(schema, "{ book { title pages shout later } }", new { book });

        Assert.Equal("""{"data":{"book":{"title":"Dune","pages":412,"shout":"DUNE","later":"eventually"}}}""", json);
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var schema = Schema("type Query { a: Int } type Mutation { step(n: Int!): Int }");
        var order = new List<int>();
        ((ObjectType)schema.GetType("Mutation")!).GetField("step")!.Resolver = async context =>
        {
            var n = (int)context.GetArgument("n")!;
            await Task.Delay(n == 1 ? 30 : 1);
            order.Add(n);
            return n;
        };

        var json = await ExecuteJson(schema, "mutation { first: step(n: 1) second: step(n: 2) third: step(n: 3) }");

        Assert.Equal([1, 2, 3], order);
        Assert.Equal("""{"data":{"first":1,"second":2,"third":3}}""", json);
    }

    [Fact]
    public async Task Query_fields_start_without_waiting_for_each_other()
    {
        var schema = Schema("type Query { slow(id: Int!): Int }");
        var started = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ((ObjectType)schema.GetType("Query")!).GetField("slow")!.Resolver = async context =>
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                gate.SetResult();
            }
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return context.GetArgument("id");
        };

        var json = await ExecuteJson(schema, "{ a: slow(id: 1) b: slow(id: 2) c: slow(id: 3) }");

        Assert.Equal("""{"data":{"a":1,"b":2,"c":3}}""", json);
    }

    [Fact]
    public async Task Cancellation_stops_execution()
    {
        var schema = Schema("type Query { wait: Int }");
        ((ObjectType)schema.GetType("Query")!).GetField("wait")!.Resolver = async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return 1;
        };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ wait }"),
            CancellationToken = cancellation.Token,
        }));
    }

    [Fact]
    public async Task A_resolver_exception_becomes_a_located_error_keeping_the_original()
    {
        var schema = Schema("type Query { broken: Int fine: Int }");
        ((ObjectType)schema.GetType("Query")!).GetField("broken")!.Resolver = _ => throw new InvalidOperationException("database unavailable");

        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("{ broken fine }"), RootValue = new { fine = 2 } });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("database unavailable", error.Message);
        Assert.Equal(["broken"], error.Path!);
        Assert.IsType<InvalidOperationException>(error.OriginalError);
        Assert.Equal(2, result.Data!["fine"]);
    }

    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new { tick = i };
        }
    }

    [Fact]
    public async Task Subscriptions_map_each_source_event_through_the_selection_set()
    {
        var schema = Schema("type Query { a: Int } type Subscription { ticks(count: Int!): Tick } type Tick { tick: Int double: Int }");
        var subscription = (ObjectType)schema.GetType("Subscription")!;
        subscription.GetField("ticks")!.Subscriber = context => new ValueTask<IAsyncEnumerable<object?>>(Ticks((int)context.GetArgument("count")!));
        subscription.GetField("ticks")!.Resolver = context => new ValueTask<object?>(context.Source);
        ((ObjectType)schema.GetType("Tick")!).GetField("double")!.Resolver = context =>
            new ValueTask<object?>((int)DefaultResolvers.ReadMember(context.Source, "tick")! * 2);

        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("subscription { ticks(count: 3) { tick double } }") });

        var events = new List<string>();
        await foreach (var item in result.Stream!)
        {
            events.Add(ExecutionResultJson.ToJson(item));
        }
        Assert.Equal(
        [
            """{"data":{"ticks":{"tick":1,"double":2}}}""",
            """{"data":{"ticks":{"tick":2,"double":4}}}""",
            """{"data":{"ticks":{"tick":3,"double":6}}}""",
        ], events);
    }

    [Fact]
    public async Task The_json_writer_escapes_minimally_and_prints_integral_doubles_as_integers()
    {
        var schema = Schema("type Query { text: String number: Float }");

        var json = await ExecuteJson(schema, "{ text number }", new { text = "café <b> \"q\" \n", number = 3.0 });

        Assert.Equal("{\"data\":{\"text\":\"café <b> \\\"q\\\" \\n\",\"number\":3}}", json);
    }
}
