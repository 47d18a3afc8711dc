using static Tracker.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Tracker.GraphQL.Tests.Execution;

public sealed class ExecutorBasicsTests
{
    private static readonly Tracker.GraphQL.Types.GraphQLSchema TestSchema = Schema("""
        type Query {
          hello: String
          count: Int!
          items: [Item!]
          echo(text: String!, times: Int = 1): [String]
        }
        type Item { name: String, tags: [String] }
        """);

    [Fact]
    public async Task Resolves_fields_from_dictionaries_and_clr_objects()
    {
        var root = new Dictionary<string, object?>
        {
            ["hello"] = "world",
            ["count"] = 3,
            ["items"] = new object[] { new { Name = "a", Tags = new[] { "x" } }, new Dictionary<string, object?> { ["name"] = "b" } },
        };

        var json = await ExecuteJson(TestSchema, "{ hello count items { name tags } }", root);

        Assert.Equal("""{"data":{"hello":"world","count":3,"items":[{"name":"a","tags":["x"]},{"name":"b","tags":null}]}}""", json);
    }

    [Fact]
    public async Task Null_in_a_non_null_field_propagates_to_the_parent()
    {
        var json = await ExecuteJson(TestSchema, "{ hello count }", new Dictionary<string, object?> { ["hello"] = "hi" });

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Query.count.","locations":[{"line":1,"column":9}],"path":["count"]}],"data":null}""", json);
    }

    [Fact]
    public async Task Introspects_the_schema()
    {
        var json = await ExecuteJson(TestSchema, """{ __type(name: "Item") { name kind fields { name type { kind ofType { name } name } } } }""");

        Assert.Equal("""{"data":{"__type":{"name":"Item","kind":"OBJECT","fields":[{"name":"name","type":{"kind":"SCALAR","ofType":null,"name":"String"}},{"name":"tags","type":{"kind":"LIST","ofType":{"name":"String"},"name":null}}]}}}""", json);
    }
}
