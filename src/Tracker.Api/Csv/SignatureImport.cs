using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Infrastructure;
using Tracker.Api.Letters;
using Tracker.Api.Maintainers;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Csv;

/// <summary>
/// <c>dotnet run --project src/Tracker.Api -- import signatures --letter SLUG FILE.csv [--dry-run]</c>: adds a CSV
/// of signatory lines to a letter with the same matching as the <c>addSignatures</c> mutation, and prints the
/// report row by row. The file needs a header; columns (any order, case-insensitive): <c>printed_name</c>
/// (required), <c>kind</c> (organization or person), <c>name</c>, <c>acronym</c>, <c>city</c>, <c>state</c>,
/// <c>title</c>, <c>signed_on</c> (YYYY-MM-DD). A malformed row stops everything before any change, naming its line.
/// With --dry-run the report is printed and nothing is saved. Applied imports are audited under the key name "shell".
/// Exit codes: 0 applied (or dry run done), 1 refused (malformed file, unknown letter), 2 unusable command line.
/// </summary>
public static class SignatureImport
{
    public const string Usage = "usage: import signatures --letter SLUG FILE.csv [--dry-run]";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        string? letterSlug = null;
        var dryRun = false;
        var files = new List<string>();
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--letter":
                    letterSlug = args.ElementAtOrDefault(++i);
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                case var setting when ShellCommandLine.IsSetting(setting):
                    i += setting.Contains('=') ? 0 : 1; // the server's settings, read by the host
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    // An unknown option is refused rather than ignored: a mistyped --dry-run must not import for real.
                    error.WriteLine($"unknown option \"{option}\"");
                    error.WriteLine(Usage);
                    return 2;
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        var file = files.Count == 1 ? files[0] : null;
        if (args.ElementAtOrDefault(1) != "signatures" || letterSlug is null || file is null)
        {
            error.WriteLine(Usage);
            return 2;
        }
        List<SignatureRowInput> rows;
        try
        {
            rows = Read(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or MalformedCsv)
        {
            error.WriteLine($"{file}: {exception.Message} Nothing was imported.");
            return 1;
        }
        catch (CsvHelper.CsvHelperException exception)
        {
            // Anything else the reader refuses: its first line says what, without the reader's context dump.
            error.WriteLine($"{file}: malformed CSV: {exception.Message.Split('\n')[0].Trim()} Nothing was imported.");
            return 1;
        }
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddTrackerData(configuration).BuildServiceProvider();
        await using var _ = services;
        await services.MigrateAndSeedAsync();
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SerializeWritesAsync();
        var letter = await db.Letters.SingleOrDefaultAsync(l => l.Slug == letterSlug);
        if (letter is null)
        {
            error.WriteLine($"No letter has the slug \"{letterSlug}\". Nothing was imported.");
            return 1;
        }
        var scope = new MutationScope(db, new Maintainer("shell", ApiKeyRole.Admin), DateTime.UtcNow);
        var reports = await SignatureAdder.AddAsync(scope, letter, rows, CancellationToken.None);
        await db.SaveChangesAsync();
        foreach (var report in reports)
        {
            var who = report.Signature is { } s ? ((object?)s.Organization ?? s.Person) switch { Organization o => o.Slug, Person p => p.Slug, _ => null } : null;
            var candidates = report.Candidates.Select(c => c switch { Organization o => o.Slug, Person p => p.Slug, _ => "?" });
            output.WriteLine($"row {report.Row,4}  {report.Outcome.ToString().ToUpperInvariant(),-9}  \"{report.PrintedName}\"{(who is null ? "" : " -> " + who)}{(report.Message is null ? "" : "  " + report.Message)}{(report.Candidates.Count > 0 ? " (" + string.Join(", ", candidates) + ")" : "")}");
        }
        var added = reports.Count(r => r.Signature is not null);
        if (dryRun)
        {
            await transaction.RollbackAsync();
            output.WriteLine($"Dry run: {added} of {reports.Count} rows would be added to \"{letterSlug}\"; nothing was saved.");
            return 0;
        }
        db.AuditEntries.Add(new AuditEntry
        {
            At = scope.Now, KeyName = "shell", Mutation = "importSignatures", ObjectType = "Letter", ObjectId = letter.Id,
            Input = MutationScope.ToJson(new { file = Path.GetFileName(file), rows = rows.Count }),
            After = MutationScope.ToJson(new { added = reports.Where(r => r.Signature is not null).Select(r => new { r.Signature!.Position, r.Signature.PrintedName }) }),
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        output.WriteLine($"Added {added} of {reports.Count} rows to \"{letterSlug}\".");
        return 0;
    }

    /// <summary>Reads and checks every row first, so a malformed file changes nothing.</summary>
    private static List<SignatureRowInput> Read(string file)
    {
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            BadDataFound = context => throw new MalformedCsv($"line {StartLine(context.Context.Parser!)}: malformed CSV near {Excerpt(context.Field)}."),
        });
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new MalformedCsv("the file is empty; it needs a header row with at least printed_name.");
        }
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        string[] known = ["printed_name", "kind", "name", "acronym", "city", "state", "title", "signed_on"];
        if (!header.Contains("printed_name"))
        {
            throw new MalformedCsv("line 1: the header has no printed_name column.");
        }
        if (header.FirstOrDefault(h => !known.Contains(h)) is { } unknown)
        {
            throw new MalformedCsv($"line 1: unknown column \"{unknown}\" (known: {string.Join(", ", known)}).");
        }
        var rows = new List<SignatureRowInput>();
        while (csv.Read())
        {
            var line = StartLine(csv.Parser);
            if (csv.Parser.Count != header.Count)
            {
                throw new MalformedCsv($"line {line}: {csv.Parser.Count} {(csv.Parser.Count == 1 ? "field" : "fields")}, but the header has {header.Count}.");
            }
            string? Field(string name) => header.Contains(name) && csv.GetField(name) is { Length: > 0 } value ? value.Trim() : null;
            var printedName = Field("printed_name") ?? throw new MalformedCsv($"line {line}: printed_name is empty.");
            SignatoryKind? kind = Field("kind")?.ToLowerInvariant() switch
            {
                null => null,
                "organization" or "organisation" => SignatoryKind.Organization,
                "person" => SignatoryKind.Person,
                var other => throw new MalformedCsv($"line {line}: kind \"{other}\" is neither organization nor person."),
            };
            DateOnly? signedOn = Field("signed_on") is { } date
                ? DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : throw new MalformedCsv($"line {line}: signed_on \"{date}\" is not a date YYYY-MM-DD.")
                : null;
            rows.Add(new SignatureRowInput(printedName, kind, Field("name"), Field("acronym"), Field("city"), Field("state"), Field("title"), signedOn));
        }
        return rows;
    }

    /// <summary>
    /// The line a record starts on: CsvHelper's row count includes the line breaks inside quoted fields, which are
    /// all of the record's breaks but its terminator. The terminator is there only if every quote is closed (an
    /// even count, since an escaped quote is two), otherwise the last break belongs to an unterminated field.
    /// </summary>
    private static long StartLine(CsvHelper.IParser parser)
    {
        var raw = parser.RawRecord;
        var breaks = raw.Count(c => c == '\n');
        var terminated = raw.EndsWith('\n') && raw.Count(c => c == '"') % 2 == 0;
        return parser.RawRow - (terminated ? breaks - 1 : breaks);
    }

    /// <summary>The start of a bad field, printable, so a binary file does not flood the terminal.</summary>
    private static string Excerpt(string field)
    {
        var printable = new string(field.Take(40).Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim(' ', '"');
        return field.Length > 40 ? $"\"{printable}...\"" : $"\"{printable}\"";
    }

    private sealed class MalformedCsv(string message) : Exception(message);
}
