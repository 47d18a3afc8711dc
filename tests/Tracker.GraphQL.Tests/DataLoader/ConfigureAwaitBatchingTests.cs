using Tracker.GraphQL.DataLoader;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.DataLoader;

/// <summary>
/// A resolver may continue off the executor's context (<c>ConfigureAwait(false)</c>, or a library that does it):
/// its loads still join the request's batches, and a load queued from the thread pool is still dispatched. Each
/// execution has a 20 s deadline, so a load nobody dispatches fails the test instead of hanging it.
/// </summary>
public sealed class ConfigureAwaitBatchingTests
{
    private const int Items = 40;

    [Fact]
    public async Task Loads_after_a_load_awaited_with_ConfigureAwait_false_go_out_in_one_batch()
    {
        var scope = new DataLoaderScope();
        var parents = new DoublingLoader(scope);
        var labels = new DoublingLoader(scope);
        var schema = Schema(async context =>
        {
            var parent = await parents.LoadAsync(Id(context)).ConfigureAwait(false);
            return await labels.LoadAsync(parent).ConfigureAwait(false);
        });

        var result = await ExecuteAsync(schema, scope);

        Assert.Null(result.Errors);
        Assert.Equal(4, Label(result, 1));
        Assert.Equal(1, parents.BatchCount);
        Assert.Equal(1, labels.BatchCount);
        Assert.Equal(Items, labels.LargestBatch);
    }

    [Fact]
    public async Task A_load_queued_from_the_thread_pool_is_dispatched()
    {
        var scope = new DataLoaderScope();
        var labels = new DoublingLoader(scope);
        var schema = Schema(async context =>
        {
            // Work of the resolver's own that continues on the thread pool, as an I/O call awaited with ConfigureAwait(false) does.
            var id = await Task.Run(() => Id(context)).ConfigureAwait(false);
            return await labels.LoadAsync(id).ConfigureAwait(false);
        });

        var result = await ExecuteAsync(schema, scope);

        Assert.Null(result.Errors);
        Assert.All(Enumerable.Range(1, Items), id => Assert.Equal(id * 2, Label(result, id)));
    }

    private static GraphQLSchema Schema(Func<ResolveFieldContext, Task<int>> label)
    {
        var schema = SchemaBuilder.Build("type Query { items: [Item] } type Item { id: Int label: Int }");
        ((ObjectType)schema.GetType("Item")!).GetField("label")!.Resolver = async context => await label(context);
        return schema;
    }

    private static int Id(ResolveFieldContext context) => (int)DefaultResolvers.ReadMember(context.Source, "id")!;

    private static async Task<ExecutionResult> ExecuteAsync(GraphQLSchema schema, DataLoaderScope scope)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ items { label } }"),
            RootValue = new { items = Enumerable.Range(1, Items).Select(i => new { id = i }).ToArray() },
            BatchDispatcher = scope,
            CancellationToken = deadline.Token,
        });
    }

    private static int Label(ExecutionResult result, int id) =>
        (int)((IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)result.Data!["items"]!)[id - 1]!)["label"]!;

    /// <summary>Each key's value is twice the key, fetched after a real asynchronous step.</summary>
    private sealed class DoublingLoader(DataLoaderScope scope) : DataLoaderBase<int, int>(scope)
    {
        public int LargestBatch { get; private set; }

        protected override async Task<IReadOnlyDictionary<int, int>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            LargestBatch = Math.Max(LargestBatch, keys.Count);
            await Task.Delay(1, cancellationToken);
            return keys.ToDictionary(k => k, k => k * 2);
        }

        protected override int Missing(int key) => throw new KeyNotFoundException();
    }
}
