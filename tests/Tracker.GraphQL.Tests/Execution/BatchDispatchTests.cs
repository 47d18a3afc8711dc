using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>The executor dispatches queued loads only when nothing else can run, so siblings share one batch.</summary>
public sealed class BatchDispatchTests
{
    private sealed class CountingDispatcher : IBatchDispatcher
    {
        private readonly List<(int Key, TaskCompletionSource<object?> Promise)> _pending = [];

        public List<IReadOnlyList<int>> Batches { get; } = [];

        public bool HasPendingWork => _pending.Count > 0;

        public Task<object?> Load(int key)
        {
            var promise = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending.Add((key, promise));
            return promise.Task;
        }

        public async Task DispatchAsync(CancellationToken cancellationToken)
        {
            var batch = _pending.ToList();
            _pending.Clear();
            Batches.Add(batch.Select(p => p.Key).ToList());
            await Task.Delay(5, cancellationToken);
            foreach (var (key, promise) in batch)
            {
                promise.SetResult($"value-{key}");
            }
        }
    }

    [Fact]
    public async Task Sibling_list_items_load_in_one_batch_per_level()
    {
        var schema = SchemaBuilder.Build("type Query { items: [Item] } type Item { id: Int label: String child: Item }");
        var dispatcher = new CountingDispatcher();
        var item = (ObjectType)schema.GetType("Item")!;
        item.GetField("label")!.Resolver = async context =>
        {
            var id = (int)DefaultResolvers.ReadMember(context.Source, "id")!;
            return await dispatcher.Load(id);
        };
        item.GetField("child")!.Resolver = async context =>
        {
            var id = (int)DefaultResolvers.ReadMember(context.Source, "id")!;
            await dispatcher.Load(id + 100);
            return new { id = id + 100 };
        };
        var root = new { items = Enumerable.Range(1, 50).Select(i => new { id = i }).ToArray() };

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ items { label child { label } } }"),
            RootValue = root,
            BatchDispatcher = dispatcher,
        });

        Assert.Null(result.Errors);
        // Level one: the 50 labels and the 50 child loads; level two: the 50 child labels.
        Assert.Equal(2, dispatcher.Batches.Count);
        Assert.Equal(100, dispatcher.Batches[0].Count);
        Assert.Equal(50, dispatcher.Batches[1].Count);
        var items = (IReadOnlyList<object?>)result.Data!["items"]!;
        var first = (IReadOnlyDictionary<string, object?>)items[0]!;
        Assert.Equal("value-1", first["label"]);
        Assert.Equal("value-101", ((IReadOnlyDictionary<string, object?>)first["child"]!)["label"]);
    }

    [Fact]
    public async Task Items_of_an_async_stream_load_in_one_batch()
    {
        var schema = SchemaBuilder.Build("type Query { items: [Item] } type Item { id: Int label: String }");
        var dispatcher = new CountingDispatcher();
        ((ObjectType)schema.GetType("Item")!).GetField("label")!.Resolver = async context =>
            await dispatcher.Load((int)DefaultResolvers.ReadMember(context.Source, "id")!);

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ items { label } }"),
            RootValue = new { items = Items(20) },
            BatchDispatcher = dispatcher,
        });

        Assert.Null(result.Errors);
        Assert.Equal(Enumerable.Range(1, 20), Assert.Single(dispatcher.Batches));
    }

    private static async IAsyncEnumerable<object> Items(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return new { id = i };
        }
    }

    [Fact]
    public async Task Loads_inside_deferred_fragments_go_out_in_one_batch()
    {
        // Deferred work is runnable work: the fragments of all 50 items start together once the payloads are read,
        // and their loads, queued while nothing else can run, go out as one batch.
        var schema = SchemaBuilder.Build(IncrementalDirectives.Sdl + "\ntype Query { items: [Item] } type Item { id: Int label: String }");
        var dispatcher = new CountingDispatcher();
        ((ObjectType)schema.GetType("Item")!).GetField("label")!.Resolver = async context =>
            await dispatcher.Load((int)DefaultResolvers.ReadMember(context.Source, "id")!);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await Executor.ExecuteIncrementallyAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ items { id ... @defer { label } } }"),
            RootValue = new { items = Enumerable.Range(1, 50).Select(i => new { id = i }).ToArray() },
            BatchDispatcher = dispatcher,
            CancellationToken = timeout.Token,
        });

        Assert.Empty(dispatcher.Batches);
        var payloads = new List<SubsequentIncrementalExecutionResult>();
        await foreach (var payload in result.SubsequentResults!.WithCancellation(timeout.Token))
        {
            payloads.Add(payload);
        }
        Assert.Equal(Enumerable.Range(1, 50), Assert.Single(dispatcher.Batches));
        var last = Assert.Single(payloads);
        Assert.False(last.HasNext);
        Assert.Equal(
            Enumerable.Range(1, 50).Select(i => $"value-{i}"),
            last.Incremental!.Cast<IncrementalDeferResult>().Select(entry => entry.Data["label"]));
    }

    [Fact]
    public async Task Nothing_is_dispatched_when_nothing_is_pending()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        var dispatcher = new CountingDispatcher();

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ a }"),
            RootValue = new { a = 1 },
            BatchDispatcher = dispatcher,
        });

        Assert.Equal(1, result.Data!["a"]);
        Assert.Empty(dispatcher.Batches);
    }

    [Fact]
    public async Task A_mutation_dispatches_each_root_fields_loads_before_the_next_field_starts()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int } type Mutation { load(id: Int!): String }");
        var dispatcher = new CountingDispatcher();
        ((ObjectType)schema.GetType("Mutation")!).GetField("load")!.Resolver = async context =>
            await dispatcher.Load((int)context.GetArgument("id")!);

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("mutation { a: load(id: 1) b: load(id: 2) }"),
            BatchDispatcher = dispatcher,
        });

        Assert.Equal("value-2", result.Data!["b"]);
        Assert.Equal([[1], [2]], dispatcher.Batches.Select(b => b.ToArray()));
    }
}
