using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Tracker.Api.Shell;

/// <summary>
/// The commands the server's executable runs instead of serving (<c>dotnet run --project src/Tracker.Api -- keys
/// ...</c>, <c>-- import ...</c>, <c>-- --help</c>), parsed by System.CommandLine: typed and required options, help
/// text, and a usage error (exit code 2) for anything it does not know, so a mistyped <c>--dry-run</c> never
/// imports for real and <c>keys create --name --role admin</c> never creates a key named "--role".
/// </summary>
internal static class ShellCommands
{
    public const int Done = 0;
    public const int Refused = 1;
    public const int UsageError = 2;

    /// <summary>
    /// Whether the command line is for this parser rather than the server: anything but settings. A command, help,
    /// and also a word or option nobody knows (<c>kyes list</c>, <c>--dry-run</c> alone), which the parser refuses
    /// with exit code 2 instead of the server starting on a mistyped command and migrating the database. Any
    /// <c>--name=value</c> is the host's own form of a setting (WebApplicationFactory passes <c>--Tracker=</c> for a
    /// section), so it starts the server as it always has.
    /// </summary>
    public static bool Handles(string[] args) =>
        ShellCommandLine.WithoutSettings(args).Any(arg => !(arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=')));

    /// <param name="clock">Today for the commands' date checks and the audit's time; the system's unless a test sets it.</param>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var root = new RootCommand(
            "The Tracker server. Without a command it starts serving on the settings given as --Section:Key=value "
            + "(--urls=http://localhost:5080, --Tracker:DataFolder=PATH, --ConnectionStrings:Tracker=...). The commands "
            + "below take the same settings and work on the same database.")
        {
            KeysCommand.Create(configuration, clock, output, error),
            ImportCommand.Create(configuration, clock, output, error),
        };
        // A file name starting with @ is a file, not a response file to expand.
        var parsed = root.Parse(ShellCommandLine.WithoutSettings(args), new ParserConfiguration { ResponseFileTokenReplacer = null });
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // The import handles Ctrl-C itself (it reports which rows were saved), through the token it is given.
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        if (parsed.Action is HelpAction)
        {
            await parsed.InvokeAsync(invocation, cancellationToken);
            return Done;
        }
        if (parsed.Errors.Count > 0)
        {
            ReportUsageErrors(parsed, error);
            return UsageError;
        }
        return await parsed.InvokeAsync(invocation, cancellationToken);
    }

    private static void ReportUsageErrors(ParseResult parsed, TextWriter error)
    {
        var unknownOptions = parsed.UnmatchedTokens.Where(t => t.StartsWith('-')).ToList();
        foreach (var option in unknownOptions)
        {
            error.WriteLine(Csv.TerminalText.Escape($"unknown option \"{option}\""));
        }
        foreach (var problem in parsed.Errors.Where(e => !unknownOptions.Any(o => e.Message.Contains($"'{o}'", StringComparison.Ordinal))))
        {
            // A message's own lines (System.CommandLine's "Did you mean one of the following?" list) stay lines; only
            // what the user typed, echoed inside them, is escaped.
            foreach (var line in problem.Message.ReplaceLineEndings("\n").Split('\n'))
            {
                error.WriteLine(Csv.TerminalText.Escape(line));
            }
        }
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is { Command: not RootCommand }; result = result.Parent as CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }
        error.WriteLine($"Run \"{string.Join(' ', names.Append("--help"))}\" for usage.");
    }
}
