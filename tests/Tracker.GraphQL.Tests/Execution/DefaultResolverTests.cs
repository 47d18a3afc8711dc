using System.Collections;
using System.Dynamic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using static Tracker.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>The built-in field and type resolvers (graphql-js defaultFieldResolver / defaultTypeResolver) over CLR values.</summary>
public sealed class DefaultResolverTests
{
    private static readonly GraphQLSchema PersonSchema = Schema("""
        type Query { person: Person, people: [Person], numbers: [Int], later: Int, plain: String }
        type Person { name: String, age: Int, score: Float, tags: [String], friend: Person, greeting(punctuation: String = "!"): String }
        """);

    private sealed class PersonClass
    {
        public string Name { get; init; } = "Ada";

        public int Age = 36;

        public static string Tags => "static members are not fields of the value";

        public string this[string key] => "indexers are not fields either";
    }

    private readonly record struct PersonStruct(string Name, int Age);

    private sealed record Greeter(string Name)
    {
        public Func<ResolveFieldContext, object?> Greeting => context => $"Hello, {Name}{context.GetArgument("punctuation")}";
    }

    [Fact]
    public async Task Reads_entries_of_every_dictionary_kind()
    {
        dynamic expando = new ExpandoObject();
        expando.name = "expando";
        var root = new Dictionary<string, object?>
        {
            ["people"] = new object?[]
            {
                new Dictionary<string, object?> { ["name"] = "read-only", ["age"] = 1 },
                (object)expando,
                new Hashtable { ["name"] = "hashtable", ["age"] = 3 },
                new SortedDictionary<string, object?> { ["name"] = "sorted" },
            },
        };

        var json = await ExecuteJson(PersonSchema, "{ people { name age } }", root);

        Assert.Equal("""{"data":{"people":[{"name":"read-only","age":1},{"name":"expando","age":null},{"name":"hashtable","age":3},{"name":"sorted","age":null}]}}""", json);
    }

    [Fact]
    public async Task Reads_public_properties_and_fields_by_exact_name_else_ignoring_case()
    {
        var json = await ExecuteJson(PersonSchema, "{ person { name age tags } people { name age } }", new
        {
            person = new PersonClass(),
            people = new object[] { new PersonStruct("struct", 7), new { NAME = "anonymous", age = 9 } },
        });

        Assert.Equal("""{"data":{"person":{"name":"Ada","age":36,"tags":null},"people":[{"name":"struct","age":7},{"name":"anonymous","age":9}]}}""", json);
    }

    [Fact]
    public async Task Primitive_values_have_no_fields()
    {
        // JavaScript primitives have no properties for graphql-js's default resolver: "abc".length is not read.
        var schema = Schema("type Query { text: Text } type Text { length: Int }");

        var json = await ExecuteJson(schema, "{ text { length } }", new { text = "abc" });

        Assert.Equal("""{"data":{"text":{"length":null}}}""", json);
    }

    [Fact]
    public async Task Calls_function_members_with_the_resolver_context()
    {
        var json = await ExecuteJson(PersonSchema, """{ person { greeting } friend: person { greeting(punctuation: "?") } }""", new { person = new Greeter("Grace") });

        Assert.Equal("""{"data":{"person":{"greeting":"Hello, Grace!"},"friend":{"greeting":"Hello, Grace?"}}}""", json);
    }

    [Fact]
    public async Task Awaits_tasks_and_value_tasks_of_any_result_type()
    {
        var schema = Schema("type Query { a: Int, b: Int, c: String, d: String, e: [Int] }");
        var root = new
        {
            a = Task.FromResult(1),
            b = new ValueTask<int>(2),
            c = new ValueTask<object?>("three"),
            d = DelayedAsync("four"),
            e = Task.FromResult(new[] { 5, 6 }),
        };

        var json = await ExecuteJson(schema, "{ a b c d e }", root);

        Assert.Equal("""{"data":{"a":1,"b":2,"c":"three","d":"four","e":[5,6]}}""", json);
    }

    private static async Task<string> DelayedAsync(string value)
    {
        await Task.Yield();
        return value;
    }

    [Fact]
    public async Task Completes_async_streams_of_value_types_as_lists()
    {
        var json = await ExecuteJson(PersonSchema, "{ numbers }", new { numbers = Numbers(3) });

        Assert.Equal("""{"data":{"numbers":[1,2,3]}}""", json);
    }

    private static async IAsyncEnumerable<int> Numbers(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    [Fact]
    public async Task Reads_json_documents_lazily_converting_leaves()
    {
        using var document = JsonDocument.Parse("""
            {"person": {"name": "Json", "age": 41, "score": 2.5, "tags": ["x", null], "friend": {"name": "Nested", "friend": null}},
             "people": [{"name": "first"}, null]}
            """);

        var json = await ExecuteJson(PersonSchema, "{ person { name age score tags friend { name friend { name } } } people { name } }", document.RootElement);

        Assert.Equal("""{"data":{"person":{"name":"Json","age":41,"score":2.5,"tags":["x",null],"friend":{"name":"Nested","friend":null}},"people":[{"name":"first"},null]}}""", json);
    }

    [Fact]
    public async Task A_json_object_where_a_list_is_expected_is_an_error()
    {
        using var document = JsonDocument.Parse("""{"numbers": {"0": 1}}""");

        var json = await ExecuteJson(PersonSchema, "{ numbers }", document.RootElement);

        Assert.Equal("""{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.numbers\".","locations":[{"line":1,"column":3}],"path":["numbers"]}],"data":{"numbers":null}}""", json);
    }

    [Fact]
    public async Task Hosts_can_wrap_the_built_in_resolvers()
    {
        var calls = 0;
        FieldResolver counting = context =>
        {
            calls++;
            return DefaultResolvers.Field(context);
        };
        var schema = Schema("type Query { pet: Pet } interface Pet { name: String } type Dog implements Pet { name: String }");
        string? seenType = null;
        TypeResolver typeResolver = async (value, context, abstractType) => seenType = await DefaultResolvers.Type(value, context, abstractType);

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ pet { name } }"),
            RootValue = new { pet = new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex" } },
            DefaultFieldResolver = counting,
            DefaultTypeResolver = typeResolver,
        });

        Assert.Equal("""{"data":{"pet":{"name":"Rex"}}}""", ExecutionResultJson.ToJson(result));
        Assert.Equal(2, calls);
        Assert.Equal("Dog", seenType);
    }

    [Fact]
    public async Task The_type_resolver_falls_back_to_is_type_of()
    {
        var schema = Schema("type Query { pets: [Pet] } union Pet = Dog | Cat type Dog { barks: Boolean } type Cat { meows: Boolean }");
        ((ObjectType)schema.GetType("Dog")!).IsTypeOf = (value, _) => value is Dictionary<string, object?> map && map.ContainsKey("barks");
        ((ObjectType)schema.GetType("Cat")!).IsTypeOf = (value, _) => value is Dictionary<string, object?> map && map.ContainsKey("meows");
        var root = new
        {
            pets = new object[]
            {
                new Dictionary<string, object?> { ["meows"] = true },
                new Dictionary<string, object?> { ["barks"] = false },
            },
        };

        var json = await ExecuteJson(schema, "{ pets { __typename ... on Dog { barks } ... on Cat { meows } } }", root);

        Assert.Equal("""{"data":{"pets":[{"__typename":"Cat","meows":true},{"__typename":"Dog","barks":false}]}}""", json);
    }

    [Fact]
    public async Task An_object_failing_is_type_of_is_an_error()
    {
        var schema = Schema("type Query { dog: Dog } type Dog { name: String }");
        ((ObjectType)schema.GetType("Dog")!).IsTypeOf = (value, _) => false;

        var json = await ExecuteJson(schema, "{ dog { name } }", new { dog = new Dictionary<string, object?> { ["name"] = "Rex" } });

        Assert.Equal("""{"errors":[{"message":"Expected value of type \"Dog\" but got: { name: \"Rex\" }.","locations":[{"line":1,"column":3}],"path":["dog"]}],"data":{"dog":null}}""", json);
    }

    [Fact]
    public async Task The_abstract_types_own_type_resolver_wins()
    {
        var schema = Schema("type Query { pet: Pet } interface Pet { name: String } type Dog implements Pet { name: String } type Cat implements Pet { name: String }");
        ((InterfaceType)schema.GetType("Pet")!).ResolveType = (value, context, type) =>
            new ValueTask<string?>(context.FieldName == "pet" && type.Name == "Pet" ? "Cat" : null);

        var json = await ExecuteJson(schema, "{ pet { __typename name } }", new { pet = new { __typename = "Dog", name = "Tom" } });

        Assert.Equal("""{"data":{"pet":{"__typename":"Cat","name":"Tom"}}}""", json);
    }
}
