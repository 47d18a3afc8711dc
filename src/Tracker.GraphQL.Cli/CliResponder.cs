using System.Text.Json;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Cli;

/// <summary>
/// Turns a <see cref="CliRequest"/> into exactly one GraphQL response: every failure past the command line
/// (the schema, the document, validation, the JSON inputs, execution) becomes a response with errors.
/// </summary>
internal static class CliResponder
{
    public static async Task<ExecutionResult> RespondAsync(CliRequest request, CancellationToken cancellationToken = default)
    {
        var options = request.Options;
        var (schema, schemaProblem) = await LoadSchemaAsync(options.SchemaPath, cancellationToken);
        if (schema is null)
        {
            return schemaProblem!;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(request.Query, options.QueryPath == "-" ? "GraphQL request" : options.QueryPath));
        }
        catch (GraphQLError syntaxError)
        {
            return ExecutionResult.FromErrors([syntaxError]);
        }
        if (options.ParseOnly)
        {
            return ExecutionResult.FromErrors([]);
        }
        var validationErrors = DocumentValidator.Validate(schema, document, request.Rules);
        if (validationErrors.Count > 0 || options.ValidateOnly)
        {
            return ExecutionResult.FromErrors(validationErrors);
        }

        object? root;
        IReadOnlyDictionary<string, object?>? variables;
        try
        {
            root = request.DataJson is null ? new Dictionary<string, object?>() : JsonValues.Parse(request.DataJson);
            variables = request.VariablesJson is null
                ? null
                : JsonValues.Parse(request.VariablesJson) as IReadOnlyDictionary<string, object?>
                    ?? throw new JsonException("the variables must be a JSON object.");
        }
        catch (JsonException exception)
        {
            return ExecutionResult.FromErrors([new GraphQLError($"The --data or --variables file is not usable JSON: {exception.Message}").WithCode(ErrorCodes.BadUserInput)]);
        }
        return await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            OperationName = options.OperationName,
            VariableValues = variables,
            RootValue = root,
            DefaultFieldResolver = JsonRootResolvers.Field,
            CancellationToken = cancellationToken,
        });
    }

    /// <summary>The schema, or the response that says why there is none.</summary>
    private static async Task<(GraphQLSchema? Schema, ExecutionResult? Problem)> LoadSchemaAsync(string path, CancellationToken cancellationToken)
    {
        string sdl;
        try
        {
            sdl = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, SchemaProblem([$"Cannot read the schema: {exception.Message}"]));
        }

        GraphQLSchema schema;
        try
        {
            schema = SchemaBuilder.Build(Parser.Parse(new Source(sdl, path)));
        }
        catch (GraphQLError error)
        {
            // A syntax error, or a directive argument graphql-js also rejects while building.
            var prefix = error.Message.StartsWith("Syntax Error", StringComparison.Ordinal) ? "The schema is not valid SDL" : "The schema is invalid";
            return (null, SchemaProblem([Describe(prefix, error, path)]));
        }
        catch (SchemaBuildException exception)
        {
            return (null, SchemaProblem(exception.Errors.Select(e => Describe("The schema is invalid", e, path))));
        }
        var errors = SchemaValidator.Validate(schema);
        return errors.Count > 0 ? (null, SchemaProblem(errors.Select(e => Describe("The schema is invalid", e, path)))) : (schema, null);
    }

    /// <summary>
    /// A schema error as a response message. Its locations point into the schema file, not into the
    /// document the response is about, so they go into the message ("file:line:column") rather than into
    /// the error's <c>locations</c>.
    /// </summary>
    private static string Describe(string prefix, GraphQLError error, string path)
    {
        var message = $"{prefix}: {error.Message}";
        if (error.Locations is { Count: > 0 } locations)
        {
            message += " (" + string.Join(", ", locations.Select(l => $"{path}:{l.Line}:{l.Column}")) + ")";
        }
        return message;
    }

    private static ExecutionResult SchemaProblem(IEnumerable<string> messages) =>
        ExecutionResult.FromErrors(messages.Select(m => new GraphQLError(m).WithCode(ErrorCodes.InvalidSchema)).ToList());
}
