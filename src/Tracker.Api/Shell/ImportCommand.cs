using System.CommandLine;
using Tracker.Api.Csv;

namespace Tracker.Api.Shell;

/// <summary>
/// <c>import signatures --letter SLUG FILE.csv (--as KEY-NAME | --dry-run)</c>: the command line of
/// <see cref="SignatureImport"/>. A real import must say who runs it (<c>--as</c>): the shell has no key to tell,
/// and the account it runs under is often a service's.
/// </summary>
internal static class ImportCommand
{
    public const string MissingRunBy = "An import is audited under the name of who runs it: add --as and the name of your API key (as \"keys list\" shows it).";

    public static Command Create(IConfiguration configuration, TimeProvider clock, TextWriter output, TextWriter error)
    {
        var letter = TextOption.Create("--letter", "Slug of the letter the signatures are added to.", required: true);
        var runBy = TextOption.Create("--as", "Name of your API key: the import is audited under it.", required: false);
        var dryRun = new Option<bool>("--dry-run") { Description = "Match the whole file and report; save nothing." };
        var file = new Argument<string>("FILE.csv") { Description = "UTF-8 CSV with a printed_name column (see README, step 5)." };
        var signatures = new Command("signatures", "Add the signatories listed in a CSV file to a letter.") { letter, runBy, dryRun, file };
        signatures.Validators.Add(result =>
        {
            // Asked whether --as was given, not for its value: a bare --as has none, and reading it would throw
            // (the parser reports the missing name itself).
            if (result.GetResult(runBy) is null && !result.GetValue(dryRun))
            {
                result.AddError(MissingRunBy);
            }
        });
        signatures.SetAction((parsed, cancellationToken) => SignatureImport.RunAsync(
            new ImportRequest(parsed.GetValue(letter)!, parsed.GetValue(file)!, parsed.GetValue(runBy)?.Trim(), parsed.GetValue(dryRun)),
            configuration, clock, output, error, cancellationToken));
        return new Command("import", "Import records from files.") { signatures };
    }
}
