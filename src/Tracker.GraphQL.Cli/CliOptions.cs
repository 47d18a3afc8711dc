namespace Tracker.GraphQL.Cli;

/// <summary>What the command line asked for.</summary>
internal sealed record CliOptions
{
    public required string SchemaPath { get; init; }

    /// <summary>A file path, or "-" for standard input.</summary>
    public required string QueryPath { get; init; }

    public string? DataPath { get; init; }

    public string? VariablesPath { get; init; }

    public string? OperationName { get; init; }

    public bool ParseOnly { get; init; }

    public bool ValidateOnly { get; init; }

    /// <summary>graphql-js rule names; null means every specified rule.</summary>
    public IReadOnlyList<string>? Rules { get; init; }
}
