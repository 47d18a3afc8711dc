using System.CommandLine;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Cli;

/// <summary>
/// The <c>graphql</c> command: parses, validates and executes a document against an SDL schema and prints
/// exactly one GraphQL response as JSON.
/// <para>
/// Exit code 0 whenever a response was printed (including responses that only carry errors: a syntax or
/// validation failure, an unusable schema). Exit code 2 when the command line itself is unusable, with the
/// reason on standard error and nothing on standard output: a missing <c>--schema</c> or <c>--query</c>, an
/// unknown option or rule name, an empty <c>--rules</c>, both <c>--parse-only</c> and <c>--validate-only</c>,
/// or a query, data or variables file that cannot be read. The schema file is the exception: any problem
/// with it (unreadable, not SDL, an invalid schema) is answered as a response saying why, so that a
/// caller always learns what is wrong with the schema in the same shape as every other error.
/// </para>
/// </summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var schemaOption = new Option<string>("--schema") { Description = "SDL file of the schema.", Required = true };
        var queryOption = new Option<string>("--query") { Description = "File holding the document; - reads standard input.", Required = true };
        var dataOption = new Option<string?>("--data") { Description = "JSON file: the root value. Fields resolve by name; \"__typename\" resolves abstract types; see tests/conformance/README.md for $throw, $async, $args, $stream." };
        var variablesOption = new Option<string?>("--variables") { Description = "JSON file: the variable values (an object)." };
        var operationOption = new Option<string?>("--operation") { Description = "Name of the operation to run." };
        var parseOnlyOption = new Option<bool>("--parse-only") { Description = "Only parse; prints {} when the document is valid syntax." };
        var validateOnlyOption = new Option<bool>("--validate-only") { Description = "Parse and validate; prints {} when the document is valid." };
        var rulesOption = new Option<string?>("--rules") { Description = "Comma-separated graphql-js rule names to validate with (default: all)." };
        var command = new RootCommand("Parse, validate and execute a GraphQL document against an SDL schema; prints the GraphQL response as JSON. Exit code 0 when a response was printed, 2 for unusable arguments.")
        {
            schemaOption, queryOption, dataOption, variablesOption, operationOption, parseOnlyOption, validateOnlyOption, rulesOption,
        };
        var parsed = command.Parse(args);
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
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
        if (ResolveRules(options.Rules, out var rules) is { } ruleProblem)
        {
            await stderr.WriteLineAsync(ruleProblem);
            return UsageError;
        }

        var request = await ReadRequestAsync(options, rules, stdin, stderr, cancellationToken);
        if (request is null)
        {
            return UsageError;
        }
        var response = await CliResponder.RespondAsync(request, cancellationToken);
        await stdout.WriteLineAsync(Execution.ExecutionResultJson.ToJson(response));
        return Success;
    }

    /// <summary>The validation rules named on the command line; returns why they are unusable, or null.</summary>
    private static string? ResolveRules(IReadOnlyList<string>? names, out IReadOnlyList<ValidationRule>? rules)
    {
        rules = null;
        if (names is null)
        {
            return null;
        }
        if (names.Count == 0)
        {
            return "--rules needs at least one rule name (leave it out to validate with every rule).";
        }
        var resolved = new List<ValidationRule>(names.Count);
        foreach (var name in names)
        {
            if (SpecifiedRules.ByName(name) is not { } rule)
            {
                return $"Unknown validation rule \"{name}\". Known rules: {string.Join(", ", SpecifiedRules.Names.Order(StringComparer.Ordinal))}.";
            }
            resolved.Add(rule);
        }
        rules = resolved;
        return null;
    }

    /// <summary>Reads the query, data and variables files; null (after saying why on stderr) when one cannot be read.</summary>
    private static async Task<CliRequest?> ReadRequestAsync(
        CliOptions options, IReadOnlyList<ValidationRule>? rules, TextReader stdin, TextWriter stderr, CancellationToken cancellationToken)
    {
        var query = options.QueryPath == "-"
            ? await stdin.ReadToEndAsync(cancellationToken)
            : await ReadFileAsync("--query", options.QueryPath, stderr, cancellationToken);
        if (query is null)
        {
            return null;
        }
        string? data = null;
        if (options.DataPath is not null && (data = await ReadFileAsync("--data", options.DataPath, stderr, cancellationToken)) is null)
        {
            return null;
        }
        string? variables = null;
        if (options.VariablesPath is not null && (variables = await ReadFileAsync("--variables", options.VariablesPath, stderr, cancellationToken)) is null)
        {
            return null;
        }
        return new CliRequest(options, query, data, variables, rules);
    }

    private static async Task<string?> ReadFileAsync(string option, string path, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"Cannot read the {option} file \"{path}\": {exception.Message}");
            return null;
        }
    }
}
