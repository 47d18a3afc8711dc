using System.Text.Json;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Cli;

/// <summary>A request read from the command line: the options and the texts of the files they name.</summary>
internal sealed record CliRequest(
    CliOptions Options,
    string Query,
    string? DataJson,
    string? VariablesJson,
    IReadOnlyList<ValidationRule>? Rules);
