using System.Text.Json;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using static Tracker.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Resolvers, errors, cancellation and request-level checks of the executor (spec §6).</summary>
public sealed class ExecutorBehaviourTests
{
    private static ObjectType Type(GraphQLSchema schema, string name) => (ObjectType)schema.GetType(name)!;

    [Fact]
    public async Task Mixes_synchronous_and_asynchronous_resolvers_at_every_level()
    {
        var schema = Schema("type Query { items: [Item] } type Item { id: Int, double: Int, label: String }");
        Type(schema, "Query").GetField("items")!.Resolver = async _ =>
        {
            await Task.Yield();
            return new[] { 1, 2, 3 }.Select(i => new Dictionary<string, object?> { ["id"] = i }).ToList();
        };
        Type(schema, "Item").GetField("double")!.Resolver = context =>
            new ValueTask<object?>((int)DefaultResolvers.ReadMember(context.Source, "id")! * 2);
        Type(schema, "Item").GetField("label")!.Resolver = async context =>
        {
            var id = (int)DefaultResolvers.ReadMember(context.Source, "id")!;
            await Task.Delay(id == 1 ? 20 : 1);
            return $"item {id}";
        };

        var json = await ExecuteJson(schema, "{ items { id double label } }");

        Assert.Equal("""{"data":{"items":[{"id":1,"double":2,"label":"item 1"},{"id":2,"double":4,"label":"item 2"},{"id":3,"double":6,"label":"item 3"}]}}""", json);
    }

    [Fact]
    public async Task Synchronous_resolvers_complete_the_whole_result_synchronously()
    {
        var schema = Schema("type Query { a: Int b: [B] } type B { c: String }");

        var pending = Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ a b { c } }"),
            RootValue = new { a = 1, b = new[] { new { c = "x" } } },
        });

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal("""{"data":{"a":1,"b":[{"c":"x"}]}}""", ExecutionResultJson.ToJson(await pending));
    }

    [Fact]
    public async Task Exceptions_never_leak_they_become_located_errors_keeping_the_original()
    {
        var schema = Schema("type Query { items: [Item!] other: Int } type Item { n: Int! }");
        var failure = new InvalidOperationException("database unavailable");
        Type(schema, "Item").GetField("n")!.Resolver = context =>
            (int)DefaultResolvers.ReadMember(context.Source, "id")! == 2 ? throw failure : new ValueTask<object?>(1);

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ items { n } other }"),
            RootValue = new { items = new[] { new { id = 1 }, new { id = 2 } }, other = 5 },
        });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("database unavailable", error.Message);
        Assert.Equal(["items", 1, "n"], error.Path!);
        Assert.Equal(new SourceLocation(1, 11), Assert.Single(error.Locations!));
        Assert.Same(failure, error.OriginalError);
        Assert.Null(result.Data!["items"]);
        Assert.Equal(5, result.Data["other"]);
    }

    [Fact]
    public async Task A_thrown_graphql_error_keeps_its_extensions()
    {
        var schema = Schema("type Query { a: Int }");
        Type(schema, "Query").GetField("a")!.Resolver = _ =>
            throw new GraphQLError("not allowed", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });

        var json = await ExecuteJson(schema, "{ a }");

        Assert.Equal("""{"errors":[{"message":"not allowed","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"FORBIDDEN"}}],"data":{"a":null}}""", json);
    }

    [Fact]
    public async Task A_resolver_returning_an_exception_fails_the_field_as_graphql_js_does_for_an_error_value()
    {
        var schema = Schema("type Query { a: Int b: [Int] }");

        var json = await ExecuteJson(schema, "{ a b }", new { a = new InvalidOperationException("bad a"), b = new object[] { 1, new InvalidOperationException("bad item") } });

        Assert.Equal("""{"errors":[{"message":"bad a","locations":[{"line":1,"column":3}],"path":["a"]},{"message":"bad item","locations":[{"line":1,"column":5}],"path":["b",1]}],"data":{"a":null,"b":[1,null]}}""", json);
    }

    [Fact]
    public async Task Cancellation_stops_execution_even_when_resolvers_ignore_the_token()
    {
        var schema = Schema("type Query { wait: Int }");
        var never = new TaskCompletionSource<object?>();
        Type(schema, "Query").GetField("wait")!.Resolver = _ => new ValueTask<object?>(never.Task);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ wait }"),
            CancellationToken = cancellation.Token,
        }));
    }

    [Fact]
    public async Task After_a_cancellation_the_resolvers_clean_up_continues_to_run()
    {
        // A resolver holding a resource (a connection in a transaction) releases it in a finally block that runs
        // after its awaited call observes the cancellation: that continuation must still run once the caller has
        // been told the operation was cancelled.
        var schema = Schema("type Mutation { write: Int } type Query { a: Int }");
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Type(schema, "Mutation").GetField("write")!.Resolver = async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return 1;
            }
            finally
            {
                // Giving the resource back takes a round trip of its own (a ROLLBACK), finishing after the caller
                // has been answered.
                await Task.Delay(100, CancellationToken.None);
                released.SetResult();
            }
        };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("mutation { write }"),
            CancellationToken = cancellation.Token,
        }));

        await released.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Resolvers_see_the_requests_cancellation_token_and_user_context()
    {
        var schema = Schema("type Query { probe: String }");
        using var cancellation = new CancellationTokenSource();
        Type(schema, "Query").GetField("probe")!.Resolver = context =>
            new ValueTask<object?>($"{context.CancellationToken == cancellation.Token}:{context.UserContext}:{context.RootValue is null}");

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ probe }"),
            UserContext = "user-1",
            CancellationToken = cancellation.Token,
        });

        Assert.Equal("True:user-1:True", result.Data!["probe"]);
    }

    [Fact]
    public async Task Disabling_error_propagation_keeps_nulls_where_they_occur()
    {
        var schema = Schema("""
            directive @experimental_disableErrorPropagation on QUERY | MUTATION | SUBSCRIPTION
            type Query { a: A! } type A { b: String! c: String }
            """);
        var root = new { a = new { c = "kept" } };

        var propagated = await ExecuteJson(schema, "{ a { b c } }", root);
        var kept = await ExecuteJson(schema, "query @experimental_disableErrorPropagation { a { b c } }", root);


        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field A.b.","locations":[{"line":1,"column":7}],"path":["a","b"]}],"data":null}""", propagated);
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field A.b.","locations":[{"line":1,"column":51}],"path":["a","b"]}],"data":{"a":{"b":null,"c":"kept"}}}""", kept);
    }

    [Fact]
    public async Task An_invalid_schema_is_a_request_error()
    {
        var query = new ObjectType("Query");
        var schema = new GraphQLSchema(new SchemaConfig { Query = query });

        var json = await ExecuteJson(schema, "{ __typename }");

        Assert.Equal("""{"errors":[{"message":"Type Query must define one or more fields."}]}""", json);
    }

    [Fact]
    public async Task Refuses_schemas_with_defer_or_stream_as_graphql_js_does()
    {
        var schema = Schema("directive @defer(label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT type Query { a: Int }");

        var json = await ExecuteJson(schema, "{ a }");

        Assert.Equal("""{"errors":[{"message":"The provided schema unexpectedly contains experimental directives (@defer or @stream). These directives may only be utilized if experimental execution features are explicitly enabled."}]}""", json);
    }

    [Fact]
    public async Task Variables_may_come_straight_from_a_json_document_at_any_depth()
    {
        var schema = Schema("input In { n: Int, list: [Float] } type Query { echo(a: In, b: [In]): String }");
        Type(schema, "Query").GetField("echo")!.Resolver = context =>
            new ValueTask<object?>(Tracker.GraphQL.Cli.JsonRootResolvers.Stringify(context.Arguments));
        using var document = JsonDocument.Parse("""{"n": 1, "list": [1.5, 2]}""");
        var variables = new Dictionary<string, object?>
        {
            ["a"] = document.RootElement,
            ["b"] = new List<object?> { new Dictionary<string, object?> { ["n"] = document.RootElement.GetProperty("n") } },
        };

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("query($a: In, $b: [In]) { echo(a: $a, b: $b) }"),
            VariableValues = variables,
        });

        Assert.Null(result.Errors);
        Assert.Equal("""{"a":{"n":1,"list":[1.5,2]},"b":[{"n":1}]}""", result.Data!["echo"]);
    }

    [Fact]
    public async Task Reports_at_most_the_configured_number_of_variable_errors()
    {
        var schema = Schema("type Query { a(x: Int, y: Int, z: Int): Int }");

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("query($x: Int, $y: Int, $z: Int) { a(x: $x, y: $y, z: $z) }"),
            VariableValues = new Dictionary<string, object?> { ["x"] = "a", ["y"] = "b", ["z"] = "c" },
            MaxCoercionErrors = 2,
        });

        Assert.False(result.HasData);
        Assert.Equal(
            [
                "Variable \"$x\" has invalid value: Int cannot represent non-integer value: \"a\"",
                "Variable \"$y\" has invalid value: Int cannot represent non-integer value: \"b\"",
                "Too many errors processing variables, error limit reached. Execution aborted.",
            ],
            result.Errors!.Select(e => e.Message));
    }

    [Fact]
    public async Task Hides_suggestions_when_asked()
    {
        var schema = Schema("enum Color { RED GREEN } type Query { a(c: Color): Int }");
        var args = new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("query($c: Color) { a(c: $c) }"),
            VariableValues = new Dictionary<string, object?> { ["c"] = "REDD" },
        };

        var shown = await Executor.ExecuteAsync(args);
        var hidden = await Executor.ExecuteAsync(args with { HideSuggestions = true });

        Assert.Equal("Variable \"$c\" has invalid value: Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?", Assert.Single(shown.Errors!).Message);
        Assert.Equal("Variable \"$c\" has invalid value: Value \"REDD\" does not exist in \"Color\" enum.", Assert.Single(hidden.Errors!).Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Deeply_nested_results_complete_without_exhausting_the_stack(bool asynchronousLeaf)
    {
        var schema = Schema("type Query { node: Node } type Node { next: Node, value: Int }");
        // As deep as the parser's nesting limit lets a document go.
        const int Depth = 250;
        var query = string.Concat(Enumerable.Repeat("next { ", Depth)) + "value" + new string('}', Depth);
        object? data = new Dictionary<string, object?> { ["value"] = 1 };
        for (var i = 0; i < Depth; i++)
        {
            data = new Dictionary<string, object?> { ["next"] = data };
        }
        Type(schema, "Node").GetField("value")!.Resolver = async _ =>
        {
            if (asynchronousLeaf)
            {
                await Task.Yield();
            }
            return 7;
        };

        var json = await Task.Run(() => ExecuteJson(schema, "{ node { " + query + " } }", new { node = data }));

        Assert.EndsWith("\"value\":7" + new string('}', Depth + 3), json);
    }

    [Fact]
    public async Task Resolvers_see_their_field_path_arguments_parent_type_and_nodes()
    {
        var schema = Schema("""
            type Query { items: [Item] }
            type Item { name(suffix: String = "!"): String, described: String, child: Item }
            """);
        var seen = new List<string>();
        Type(schema, "Item").GetField("name")!.Resolver = context =>
        {
            seen.Add($"{context.Path}|{context.ParentType.Name}.{context.FieldName}|{context.GetArgument("suffix")}|{context.FieldNodes.Count}");
            return new ValueTask<object?>(DefaultResolvers.ReadMember(context.Source, "name") + (string?)context.GetArgument("suffix"));
        };
        var root = new
        {
            items = new object[]
            {
                new { name = "a", described = (Func<ResolveFieldContext, object?>)(c => $"{c.Path} {c.ReturnType}") },
                new { name = "b", child = new { name = "c" } },
            },
        };

        var json = await ExecuteJson(schema, """{ items { name name described child { n: name(suffix: "?") } } }""", root);

        Assert.Equal("""{"data":{"items":[{"name":"a!","described":"items.0.described String","child":null},{"name":"b!","described":null,"child":{"n":"c?"}}]}}""", json);
        Assert.Equal(["items.0.name|Item.name|!|2", "items.1.name|Item.name|!|2", "items.1.child.n|Item.name|?|1"], seen);
    }
}
