using System.Collections;
using System.Runtime.CompilerServices;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// What the conformance fixtures cannot show about incremental delivery: when deferred work runs, what closing or
/// cancelling the payloads releases, that a streamed source is read only as far as delivered, and what the
/// executors without incremental delivery answer. The payload format itself is checked against graphql-js by the
/// "incremental" conformance cases.
/// </summary>
public sealed class IncrementalExecutionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static GraphQLSchema Schema(string sdl) => SchemaBuilder.Build(IncrementalDirectives.Sdl + "\n" + sdl);

    private static ValueTask<IncrementalExecutionResult> Execute(GraphQLSchema schema, string query, object? root, CancellationToken cancellationToken = default) =>
        Executor.ExecuteIncrementallyAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(query),
            RootValue = root,
            CancellationToken = cancellationToken,
        });

    [Fact]
    public async Task Deferred_work_starts_when_the_subsequent_payloads_are_first_read()
    {
        // graphql-js without early execution: the initial result goes out before any deferred resolver runs.
        var schema = Schema("type Query { hero: Hero } type Hero { id: ID name: String }");
        var calls = 0;
        ((ObjectType)schema.GetType("Hero")!).GetField("name")!.Resolver = _ =>
        {
            calls++;
            return new ValueTask<object?>("Luke");
        };

        var result = await Execute(schema, "{ hero { id ... @defer { name } } }", new { hero = new { id = "1" } });

        Assert.Equal("""{"data":{"hero":{"id":"1"}},"pending":[{"id":"0","path":["hero"]}],"hasNext":true}""", ExecutionResultJson.ToJson(result.InitialResult!));
        Assert.Equal(0, calls);
        await using var payloads = result.SubsequentResults!.GetAsyncEnumerator();
        Assert.True(await payloads.MoveNextAsync());
        Assert.Equal(1, calls);
        Assert.Equal("""{"hasNext":false,"incremental":[{"id":"0","data":{"name":"Luke"}}],"completed":[{"id":"0"}]}""", ExecutionResultJson.ToJson(payloads.Current));
        Assert.False(await payloads.MoveNextAsync());
    }

    [Fact]
    public async Task Closing_the_payloads_early_releases_a_streamed_source()
    {
        var schema = Schema("type Query { names: [String] }");
        var source = new TrackedAsyncSource();

        var result = await Execute(schema, "{ names @stream(initialCount: 1) }", new { names = source });
        Assert.Equal("""{"data":{"names":["0"]},"pending":[{"id":"0","path":["names"]}],"hasNext":true}""", ExecutionResultJson.ToJson(result.InitialResult!));
        Assert.False(source.Disposed.Task.IsCompleted);

        await result.SubsequentResults!.GetAsyncEnumerator().DisposeAsync();

        await source.Disposed.Task.WaitAsync(Bound);
    }

    [Fact]
    public async Task Disposing_a_result_whose_payloads_were_never_read_releases_a_streamed_source()
    {
        var schema = Schema("type Query { names: [String] }");
        var source = new TrackedAsyncSource();

        var result = await Execute(schema, "{ names @stream(initialCount: 1) }", new { names = source });
        await result.DisposeAsync();

        await source.Disposed.Task.WaitAsync(Bound);
        Assert.Throws<InvalidOperationException>(() => result.SubsequentResults!.GetAsyncEnumerator());
    }

    [Fact]
    public async Task Cancelling_the_request_ends_the_payloads_and_cancels_deferred_resolvers()
    {
        var schema = Schema("type Query { hero: Hero } type Hero { id: ID name: String }");
        var resolverCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resolverStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ((ObjectType)schema.GetType("Hero")!).GetField("name")!.Resolver = async context =>
        {
            using var registration = context.CancellationToken.Register(() => resolverCancelled.TrySetResult());
            resolverStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        };
        using var cancellation = new CancellationTokenSource();
        var result = await Execute(schema, "{ hero { id ... @defer { name } } }", new { hero = new { id = "1" } }, cancellation.Token);
        await using var payloads = result.SubsequentResults!.GetAsyncEnumerator();

        var next = payloads.MoveNextAsync().AsTask();
        await resolverStarted.Task.WaitAsync(Bound);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(Bound));
        await resolverCancelled.Task.WaitAsync(Bound);
        Assert.False(await payloads.MoveNextAsync());
    }

    [Fact]
    public async Task An_endless_streamed_list_is_read_only_as_far_as_it_is_delivered()
    {
        // Like graphql-js's item queue, a stream runs at most 100 items ahead of delivery: an endless source
        // neither runs forever nor fills memory, and closing the payloads releases it.
        var schema = Schema("type Query { numbers: [Int] }");
        var source = new EndlessNumbers();

        var result = await Execute(schema, "{ numbers @stream(initialCount: 2) }", new { numbers = source });
        await using (var payloads = result.SubsequentResults!.GetAsyncEnumerator())
        {
            Assert.True(await payloads.MoveNextAsync().AsTask().WaitAsync(Bound));
            var items = Assert.IsType<IncrementalStreamResult>(Assert.Single(payloads.Current.Incremental!)).Items;
            Assert.Equal(Enumerable.Range(2, 100).Cast<object?>(), items);
            Assert.True(payloads.Current.HasNext);
            Assert.True(source.Read <= 2 + 101, $"read {source.Read} items");

            Assert.True(await payloads.MoveNextAsync().AsTask().WaitAsync(Bound));
            Assert.Equal(Enumerable.Range(102, 100).Cast<object?>(), ((IncrementalStreamResult)payloads.Current.Incremental![0]).Items);
        }
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task A_mutations_deferred_fields_run_after_every_root_field()
    {
        // Root fields of a mutation run one after another in the initial result; deferred work comes after them all.
        var schema = Schema("type Query { a: Int } type Mutation { first: Item second: Item } type Item { id: ID name: String }");
        var calls = new List<string>();
        var mutation = (ObjectType)schema.GetType("Mutation")!;
        foreach (var field in new[] { "first", "second" })
        {
            mutation.GetField(field)!.Resolver = async _ =>
            {
                calls.Add(field);
                await Task.Yield();
                return new { id = field };
            };
        }
        ((ObjectType)schema.GetType("Item")!).GetField("name")!.Resolver = context =>
        {
            calls.Add("name of " + DefaultResolvers.ReadMember(context.Source, "id"));
            return new ValueTask<object?>("named");
        };

        var result = await Execute(schema, "mutation { first { id ... @defer { name } } second { id } }", null);
        Assert.Equal(["first", "second"], calls);
        await foreach (var _ in result.SubsequentResults!)
        {
        }

        Assert.Equal(["first", "second", "name of first"], calls);
    }

    [Fact]
    public void Payloads_are_written_in_graphql_js_key_order_with_extensions_last()
    {
        var error = new GraphQLError("bad", path: ["hero", "name"], extensions: GraphQLError.Codes("SOME_CODE"));
        var initial = new InitialIncrementalExecutionResult(new Dictionary<string, object?> { ["hero"] = null }, [error], [new PendingResult("0", ["hero"], "label")])
        {
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
        };
        var subsequent = new SubsequentIncrementalExecutionResult(
            false,
            [new PendingResult("1", [], null)],
            [new IncrementalDeferResult("0", new Dictionary<string, object?> { ["name"] = null }, [error], ["friend", 0]), new IncrementalStreamResult("1", ["a", null], null)],
            [new CompletedResult("0", null), new CompletedResult("1", [error])])
        {
            Extensions = new Dictionary<string, object?> { ["cost"] = 4 },
        };

        Assert.Equal(
            """{"errors":[{"message":"bad","path":["hero","name"],"extensions":{"code":"SOME_CODE"}}],"data":{"hero":null},"pending":[{"id":"0","path":["hero"],"label":"label"}],"hasNext":true,"extensions":{"cost":3}}""",
            ExecutionResultJson.ToJson(initial));
        Assert.Equal(
            """{"hasNext":false,"pending":[{"id":"1","path":[]}],"incremental":[{"id":"0","data":{"name":null},"errors":[{"message":"bad","path":["hero","name"],"extensions":{"code":"SOME_CODE"}}],"subPath":["friend",0]},{"id":"1","items":["a",null]}],"completed":[{"id":"0"},{"id":"1","errors":[{"message":"bad","path":["hero","name"],"extensions":{"code":"SOME_CODE"}}]}],"extensions":{"cost":4}}""",
            ExecutionResultJson.ToJson(subsequent));
    }

    [Fact]
    public async Task The_payloads_can_be_read_only_once()
    {
        var schema = Schema("type Query { hero: Hero } type Hero { id: ID name: String }");
        var result = await Execute(schema, "{ hero { ... @defer { name } } }", new { hero = new { name = "Luke" } });

        await using var first = result.SubsequentResults!.GetAsyncEnumerator();

        Assert.Throws<InvalidOperationException>(() => result.SubsequentResults!.GetAsyncEnumerator());
    }

    [Fact]
    public async Task Execute_without_incremental_delivery_refuses_an_unvalidated_defer_as_graphql_js_does()
    {
        // graphql-js's execute aborts the whole execution with this error (it throws); no data is sent.
        var schema = SchemaBuilder.Build("type Query { hero: Hero } type Hero { id: ID name: String }");

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ hero { id ... @defer { name } } }"),
            RootValue = new { hero = new { id = "1", name = "Luke" } },
        });

        Assert.Equal(
            """{"errors":[{"message":"Executing this GraphQL operation would unexpectedly produce multiple payloads (due to @defer or @stream directive)"}]}""",
            ExecutionResultJson.ToJson(result));
    }

    [Fact]
    public async Task Execute_without_incremental_delivery_refuses_an_unvalidated_stream_as_graphql_js_does()
    {
        var schema = SchemaBuilder.Build("type Query { names: [String] }");

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ names @stream }"),
            RootValue = new { names = new[] { "a" } },
        });

        Assert.Equal(
            """{"errors":[{"message":"Executing this GraphQL operation would unexpectedly produce multiple payloads (due to @defer or @stream directive)"}]}""",
            ExecutionResultJson.ToJson(result));
    }

    [Fact]
    public async Task A_disabled_defer_is_executed_in_place_without_incremental_delivery()
    {
        var schema = SchemaBuilder.Build("type Query { hero: Hero } type Hero { id: ID name: String }");

        var json = await ExecutionTestHelpers.ExecuteJson(schema, "{ hero { id ... @defer(if: false) { name } } }", new { hero = new { id = "1", name = "Luke" } });

        Assert.Equal("""{"data":{"hero":{"id":"1","name":"Luke"}}}""", json);
    }

    [Fact]
    public void The_directives_print_as_graphql_js_prints_them()
    {
        // printSchema(new GraphQLSchema({ query, directives: [...specifiedDirectives, GraphQLDeferDirective,
        // GraphQLStreamDirective] })) in graphql-js 17.1.0.
        const string graphqlJs = """"
            """
            Directs the executor to defer this fragment when the `if` argument is true or undefined.
            """
            directive @defer(
              """Deferred when true or undefined."""
              if: Boolean! = true

              """Unique name"""
              label: String
            ) on FRAGMENT_SPREAD | INLINE_FRAGMENT

            """
            Directs the executor to stream plural fields when the `if` argument is true or undefined.
            """
            directive @stream(
              """Number of items to return immediately"""
              initialCount: Int! = 0

              """Stream when true or undefined."""
              if: Boolean! = true

              """Unique name"""
              label: String
            ) on FIELD

            type Query {
              hello: String
            }
            """";
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("hello", SpecifiedScalars.String));

        var schema = new GraphQLSchema(new SchemaConfig { Query = query, Directives = [.. SpecifiedDirectives.All, .. IncrementalDirectives.All] });

        Assert.Equal(graphqlJs, SchemaPrinter.PrintSchema(schema));
        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void The_sdl_declares_the_same_directives()
    {
        var schema = SchemaBuilder.Build(IncrementalDirectives.Sdl + "\ntype Query { hello: String }");

        foreach (var expected in IncrementalDirectives.All)
        {
            var declared = schema.GetDirective(expected.Name)!;
            Assert.Equal(expected.Locations, declared.Locations);
            Assert.Equal(
                expected.Arguments.Select(a => (a.Name, a.Type.ToString())),
                declared.Arguments.Select(a => (a.Name, a.Type.ToString())));
        }
        Assert.Equal(
            "directive @defer(if: Boolean! = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT\n\n"
                + "directive @stream(initialCount: Int! = 0, if: Boolean! = true, label: String) on FIELD\n\n"
                + "type Query {\n  hello: String\n}",
            SchemaPrinter.PrintSchema(schema));
    }

    /// <summary>An async source of "0", "1", ... that never ends by itself and reports its disposal.</summary>
    private sealed class TrackedAsyncSource : IAsyncEnumerable<string>
    {
        public TaskCompletionSource Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async IAsyncEnumerator<string> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    await Task.Yield();
                    yield return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            finally
            {
                Disposed.TrySetResult();
            }
        }
    }

    /// <summary>0, 1, 2, ... without end, counting what is read.</summary>
    private sealed class EndlessNumbers : IEnumerable<int>
    {
        public int Read { get; private set; }

        public bool Disposed { get; private set; }

        public IEnumerator<int> GetEnumerator() => Numbers();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private IEnumerator<int> Numbers()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    if (++Read > 10_000)
                    {
                        throw new InvalidOperationException("The source was read far beyond what was delivered.");
                    }
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
