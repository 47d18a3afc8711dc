namespace Tracker.GraphQL.Tests.Execution;

// Resolvers of the parent value alone (the introspection fields) are called by the executor without a resolver
// context: they must answer as their context-taking resolver does, and give way to a resolver set later.
public sealed class SourceResolverTests
{
    [Fact]
    public async Task A_resolver_set_after_a_source_resolver_replaces_it()
    {
        var schema = GraphQL.Types.SchemaBuilder.Build("type Query { greeting: String, count: Int }");
        var query = (GraphQL.Types.ObjectType)schema.QueryType!;
        query.Fields["greeting"].SetSourceResolver(_ => "from the source resolver");
        query.Fields["greeting"].Resolver = _ => new ValueTask<object?>("from the resolver set last");
        query.Fields["count"].SetSourceResolver(_ => 3);

        Assert.Equal(
            """{"data":{"greeting":"from the resolver set last","count":3}}""",
            await ExecutionTestHelpers.ExecuteJson(schema, "{ greeting count }"));
    }

    [Fact]
    public async Task The_context_resolver_of_an_introspection_field_answers_as_the_executor_does()
    {
        var schema = GraphQL.Types.SchemaBuilder.Build("type Query { a: Int }");
        var field = GraphQL.Introspection.IntrospectionTypes.Type.Fields["name"];
        var context = new GraphQL.Execution.ResolveFieldContext
        {
            Source = schema.QueryType,
            Arguments = new Dictionary<string, object?>(),
            FieldDefinition = field,
            ParentType = GraphQL.Introspection.IntrospectionTypes.Type,
            FieldNodes = [],
            Path = GraphQL.Execution.ResponsePath.Root("name"),
            Operation = null!,
        };

        Assert.Equal("Query", await field.Resolver!(context));
        Assert.Equal("""{"data":{"__type":{"name":"Query"}}}""", await ExecutionTestHelpers.ExecuteJson(schema, """{ __type(name: "Query") { name } }"""));
    }
}
