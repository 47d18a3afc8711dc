using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// A variable's type is resolved once per parsed node and schema and kept with the node: one document executed against
/// schemas that type its variable differently answers as each schema says, in any order.
/// </summary>
public sealed class VariableSignatureKeepingTests
{
    [Fact]
    public async Task One_document_against_two_schemas_coerces_its_variable_by_each()
    {
        var numbers = SchemaBuilder.Build("scalar Code\ntype Query { show(code: Code): String }");
        var missing = SchemaBuilder.Build("type Query { show(code: String): String }");
        var document = Parser.Parse("query ($c: Code = \"d\") { show(code: $c) }");
        var root = new Dictionary<string, object?> { ["show"] = (Func<ResolveFieldContext, object?>)(c => $"code {c.Arguments["code"]}") };

        async Task<string> Run(GraphQLSchema schema, object? value) => ExecutionResultJson.ToJson(await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            RootValue = root,
            VariableValues = value is null ? null : new Dictionary<string, object?> { ["c"] = value },
        }));

        Assert.Equal("""{"data":{"show":"code 7"}}""", await Run(numbers, "7"));
        var refused = await Run(missing, "7");
        Assert.Contains("cannot be used as an input type", refused);
        Assert.Equal("""{"data":{"show":"code d"}}""", await Run(numbers, null));
        Assert.Equal(refused, await Run(missing, "8"));
        Assert.Equal("""{"data":{"show":"code 9"}}""", await Run(numbers, "9"));
    }
}
