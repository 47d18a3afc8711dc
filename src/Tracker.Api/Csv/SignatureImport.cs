using Tracker.Api.Shell;

namespace Tracker.Api.Csv;

/// <summary>
/// <c>dotnet run --project src/Tracker.Api -- import signatures --letter SLUG FILE.csv (--as NAME | --dry-run)</c>:
/// adds a CSV of signatory lines to a letter with the same matching as the <c>addSignatures</c> mutation and prints
/// the report row by row (see <see cref="SignatureCsvReader"/> for the file). The whole file is read and checked
/// first, so a malformed one changes nothing. A dry run matches the whole file against the database without
/// taking the write lock and saves nothing. A real import then saves <see cref="ImportOptions.ChunkRows"/> rows
/// per transaction, each matched afresh under the write lock, audited under <c>--as NAME</c> (an active API key's
/// name) and announced to subscribers (<c>signatureAdded</c>) when it commits; between chunks, maintainers' writes
/// that were waiting go first. If the run stops half way, the chunks saved stay saved; the same command adds the
/// rest, since signatories already on the letter are reported as duplicates and skipped.
/// Exit codes: 0 done (or dry run done), 1 refused or stopped (malformed file, unknown letter or key, interrupted),
/// 2 unusable command line (reported by <see cref="ImportCommand"/> before anything is read).
/// </summary>
internal static class SignatureImport
{
    public static async Task<int> RunAsync(ImportRequest request, IConfiguration configuration, TimeProvider clock, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (letterSlug, file, runBy, dryRun) = request;
        ImportOptions options;
        DateLimits dates;
        try
        {
            options = ImportOptions.From(configuration);
            dates = DateLimits.From(configuration);
        }
        catch (InvalidOperationException exception)
        {
            error.WriteLine(exception.Message);
            return ShellCommands.UsageError;
        }
        List<SignatureRowInput> rows;
        try
        {
            rows = SignatureCsvReader.Read(file, options);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or MalformedCsvException)
        {
            error.WriteLine(TerminalText.Escape($"{file}: {exception.Message} Nothing was imported."));
            return ShellCommands.Refused;
        }
        catch (CsvHelper.CsvHelperException exception)
        {
            // Anything else the reader refuses: its first line says what, without the reader's context dump.
            error.WriteLine(TerminalText.Escape($"{file}: malformed CSV: {exception.Message.Split('\n')[0].Trim()} Nothing was imported."));
            return ShellCommands.Refused;
        }
        await using var services = await ShellServices.StartAsync(configuration, clock, cancellationToken);
        var factory = services.GetRequiredService<IDbContextFactory<TrackerDbContext>>();
        Maintainer? maintainer = null;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Letters.AnyAsync(l => l.Slug == letterSlug, cancellationToken))
            {
                error.WriteLine(TerminalText.Escape($"No letter has the slug \"{letterSlug}\". Nothing was imported."));
                return ShellCommands.Refused;
            }
            // The audit log names keys; naming an active one keeps an import findable with the rest of its holder's work.
            if (runBy is not null)
            {
                maintainer = await db.ApiKeys.Where(k => k.Name == runBy && k.RevokedAt == null).Select(k => new Maintainer(k.Name, k.Role)).SingleOrDefaultAsync(cancellationToken);
                if (maintainer is null)
                {
                    error.WriteLine(TerminalText.Escape($"No active API key is named \"{runBy}\"; --as takes the name of yours (see \"keys list\"). Nothing was imported."));
                    return ShellCommands.Refused;
                }
            }
        }
        var run = new SignatureImportRun(factory, clock, options, dates, OutboxOptions.From(configuration), ApiMappings.Create(), output, letterSlug, Path.GetFileName(file), rows);
        if (dryRun)
        {
            await run.DryRunAsync(cancellationToken);
            return ShellCommands.Done;
        }
        return await run.ApplyAsync(maintainer!, error, cancellationToken);
    }
}
