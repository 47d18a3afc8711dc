using System.Text.Json;

namespace Tracker.GraphQL.Execution;

// STUB (execution work package): writes a response with Utf8JsonWriter, errors first as graphql-js orders them? no: "errors", then "data", then "extensions".
public static class ExecutionResultJson
{
    public static void Write(Utf8JsonWriter writer, ExecutionResult result) => throw new NotImplementedException();

    public static string ToJson(ExecutionResult result, bool indented = false) => throw new NotImplementedException();
}
