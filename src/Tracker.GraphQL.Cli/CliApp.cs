using System.CommandLine;
using System.Text.Json;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Cli;

/// <summary>
/// The <c>graphql</c> command: parses, validates and executes a document against an SDL schema and prints
/// exactly one GraphQL response as JSON. Exit code 0 whenever a response was printed, 2 for unusable arguments.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var schemaOption = new Option<string>("--schema") { Description = "SDL file of the schema.", Required = true };
        var queryOption = new Option<string>("--query") { Description = "File holding the document; - reads standard input.", Required = true };
        var dataOption = new Option<string?>("--data") { Description = "JSON file: the root value. Fields resolve by name; \"__typename\" resolves abstract types." };
        var variablesOption = new Option<string?>("--variables") { Description = "JSON file: the variable values." };
        var operationOption = new Option<string?>("--operation") { Description = "Name of the operation to run." };
        var parseOnlyOption = new Option<bool>("--parse-only") { Description = "Only parse; prints {} when the document is valid syntax." };
        var validateOnlyOption = new Option<bool>("--validate-only") { Description = "Parse and validate; prints {} when the document is valid." };
        var rulesOption = new Option<string?>("--rules") { Description = "Comma-separated graphql-js rule names to validate with (default: all)." };
        var command = new RootCommand("Parse, validate and execute a GraphQL document against an SDL schema.")
        {
            schemaOption, queryOption, dataOption, variablesOption, operationOption, parseOnlyOption, validateOnlyOption, rulesOption,
        };
        var parsed = command.Parse(args);
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
            return Success;
        }
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync(error.Message);
            }
            return UsageError;
        }
        var options = new CliOptions
        {
            SchemaPath = parsed.GetValue(schemaOption)!,
            QueryPath = parsed.GetValue(queryOption)!,
            DataPath = parsed.GetValue(dataOption),
            VariablesPath = parsed.GetValue(variablesOption),
            OperationName = parsed.GetValue(operationOption),
            ParseOnly = parsed.GetValue(parseOnlyOption),
            ValidateOnly = parsed.GetValue(validateOnlyOption),
            Rules = parsed.GetValue(rulesOption)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        if (options.ParseOnly && options.ValidateOnly)
        {
            await stderr.WriteLineAsync("--parse-only and --validate-only cannot be combined.");
            return UsageError;
        }
        var rules = new List<ValidationRule>();
        foreach (var name in options.Rules ?? [])
        {
            if (SpecifiedRules.ByName(name) is not { } rule)
            {
                await stderr.WriteLineAsync($"Unknown validation rule \"{name}\". Known rules: {string.Join(", ", SpecifiedRules.Names.Order())}.");
                return UsageError;
            }
            rules.Add(rule);
        }
        string query;
        try
        {
            query = options.QueryPath == "-" ? await stdin.ReadToEndAsync() : await File.ReadAllTextAsync(options.QueryPath);
        }
        catch (IOException exception)
        {
            await stderr.WriteLineAsync($"Cannot read the query: {exception.Message}");
            return UsageError;
        }
        catch (UnauthorizedAccessException exception)
        {
            await stderr.WriteLineAsync($"Cannot read the query: {exception.Message}");
            return UsageError;
        }
        var response = await RespondAsync(options, query, options.Rules is null ? null : rules);
        await stdout.WriteLineAsync(ExecutionResultJson.ToJson(response));
        return Success;
    }

    /// <summary>The GraphQL response for the request; every failure becomes a response with errors.</summary>
    public static async Task<ExecutionResult> RespondAsync(CliOptions options, string query, IReadOnlyList<ValidationRule>? rules)
    {
        GraphQLSchema schema;
        try
        {
            schema = SchemaBuilder.Build(Parser.Parse(new Source(await File.ReadAllTextAsync(options.SchemaPath), options.SchemaPath)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failure($"Cannot read the schema: {exception.Message}");
        }
        catch (GraphQLError error)
        {
            return Failure($"The schema is not valid SDL: {error.Message}", error.Locations);
        }
        catch (SchemaBuildException exception)
        {
            return ExecutionResult.FromErrors(exception.Errors.Select(e => new GraphQLError($"The schema is invalid: {e.Message}", e.Nodes).WithCode(ErrorCodes.InvalidSchema)).ToList());
        }
        var schemaErrors = SchemaValidator.Validate(schema);
        if (schemaErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(schemaErrors.Select(e => new GraphQLError($"The schema is invalid: {e.Message}", e.Nodes).WithCode(ErrorCodes.InvalidSchema)).ToList());
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLError error)
        {
            return ExecutionResult.FromErrors([error]);
        }
        if (options.ParseOnly)
        {
            return ExecutionResult.FromErrors([]);
        }
        var validationErrors = DocumentValidator.Validate(schema, document, rules);
        if (validationErrors.Count > 0 || options.ValidateOnly)
        {
            return ExecutionResult.FromErrors(validationErrors);
        }

        object? root;
        IReadOnlyDictionary<string, object?>? variables;
        try
        {
            root = options.DataPath is null ? new Dictionary<string, object?>() : JsonValues.Parse(await File.ReadAllTextAsync(options.DataPath));
            variables = options.VariablesPath is null
                ? null
                : JsonValues.Parse(await File.ReadAllTextAsync(options.VariablesPath)) as IReadOnlyDictionary<string, object?>
                    ?? throw new JsonException("the variables must be a JSON object");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return Failure($"Cannot read the input: {exception.Message}");
        }
        var args = new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            OperationName = options.OperationName,
            VariableValues = variables,
            RootValue = root,
            DefaultFieldResolver = JsonRootResolvers.Field,
        };
        return await Executor.ExecuteAsync(args);
    }

    private static ExecutionResult Failure(string message, IReadOnlyList<SourceLocation>? locations = null) =>
        ExecutionResult.FromErrors([new GraphQLError(message).WithCode(ErrorCodes.InvalidSchema)]);
}
