using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Tests.Execution;

internal static class ExecutionTestHelpers
{
    public static GraphQLSchema Schema(string sdl) => SchemaBuilder.Build(sdl);

    public static async Task<string> ExecuteJson(GraphQLSchema schema, string query, object? root = null, string? variablesJson = null, string? operationName = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(query),
            RootValue = root,
            OperationName = operationName,
            VariableValues = variablesJson is null ? null : (IReadOnlyDictionary<string, object?>)JsonValues.Parse(variablesJson)!,
        });
        return ExecutionResultJson.ToJson(result);
    }
}
