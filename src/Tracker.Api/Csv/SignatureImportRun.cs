namespace Tracker.Api.Csv;

/// <summary>One import of checked rows into a letter: a dry run, or the real thing in chunks (see <see cref="SignatureImport"/>).</summary>
internal sealed class SignatureImportRun(
    IDbContextFactory<TrackerDbContext> factory,
    TimeProvider clock,
    ImportOptions options,
    DateLimits dates,
    OutboxOptions outbox,
    TypeAdapterConfig mapping,
    TextWriter output,
    string letterSlug,
    string fileName,
    IReadOnlyList<SignatureRowInput> rows)
{
    public const string MutationName = "importSignatures";

    /// <summary>Matches every row as the import would, without the write lock (reads never wait), and saves nothing.</summary>
    public async Task DryRunAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var letter = await db.Letters.SingleAsync(l => l.Slug == letterSlug, cancellationToken);
        var scope = new MutationScope(db, new Maintainer("dry run", ApiKeyRole.Maintainer), clock.GetUtcNow().UtcDateTime) { Dates = dates };
        var reports = await SignatureAdder.AddAsync(scope, letter, rows, cancellationToken);
        Print(reports);
        output.WriteLine(TerminalText.Escape($"Dry run: {reports.Count(r => r.Signature is not null)} of {reports.Count} rows would be added to \"{letterSlug}\"; nothing was saved."));
    }

    /// <summary>Saves the rows chunk by chunk; 0 when all were saved, 1 when the run stopped (saying what was saved).</summary>
    public async Task<int> ApplyAsync(Maintainer runBy, TextWriter error, CancellationToken cancellationToken)
    {
        var saved = 0;
        var added = 0;
        var chunked = rows.Count > options.ChunkRows;
        try
        {
            while (saved < rows.Count)
            {
                if (saved > 0)
                {
                    // SQLite's waiting writers do not queue: they retry the lock at intervals, and one retrying while
                    // the lock is free between two chunks gets it. The pause makes that window wide enough; PostgreSQL
                    // queues the waiters for its advisory lock, so there the pause only costs its length.
                    await Task.Delay(options.PauseBetweenChunks, cancellationToken);
                }
                var chunk = rows.Skip(saved).Take(options.ChunkRows).ToList();
                var reports = await SaveChunkAsync(chunk, saved + 1, runBy, cancellationToken);
                saved += chunk.Count;
                added += reports.Count(r => r.Signature is not null);
                Print(reports);
                if (chunked)
                {
                    output.WriteLine(chunk.Count == 1 ? $"Saved row {saved:N0} of {rows.Count:N0}." : $"Saved rows {saved - chunk.Count + 1:N0}-{saved:N0} of {rows.Count:N0}.");
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or DbUpdateException or System.Data.Common.DbException)
        {
            var why = exception is OperationCanceledException ? "Interrupted" : $"Stopped by the database ({exception.GetBaseException().Message.Split('\n')[0].Trim()})";
            error.WriteLine(TerminalText.Escape(saved == 0
                ? $"{why}: nothing was imported."
                : $"{why}: rows 1-{saved:N0} were saved ({added:N0} added to \"{letterSlug}\"), rows {saved + 1:N0}-{rows.Count:N0} were not. Run the same import again to add the rest: signatories already on the letter are reported as DUPLICATE and skipped."));
            return 1;
        }
        output.WriteLine(TerminalText.Escape($"Added {added} of {rows.Count} rows to \"{letterSlug}\"."));
        return 0;
    }

    /// <summary>One chunk in one short transaction: matched under the write lock, saved, audited and announced on commit.</summary>
    private async Task<List<SignatureRowReport>> SaveChunkAsync(IReadOnlyList<SignatureRowInput> chunk, int firstRow, Maintainer runBy, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SerializeWritesAsync(cancellationToken);
        var letter = await db.Letters.SingleAsync(l => l.Slug == letterSlug, cancellationToken);
        var scope = new MutationScope(db, runBy, clock.GetUtcNow().UtcDateTime) { Dates = dates };
        var reports = await SignatureAdder.AddAsync(scope, letter, chunk, cancellationToken, firstRow);
        await db.SaveChangesAsync(cancellationToken);
        var signatures = reports.Where(r => r.Signature is not null).Select(r => r.Signature!.Adapt<SignatureModel>(mapping)).ToList();
        if (signatures.Count > 0)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = scope.Now,
                KeyName = runBy.KeyName,
                Mutation = MutationName,
                ObjectType = TypeNames.Letter,
                ObjectId = letter.Id,
                Input = MutationScope.ToJson(new { letter = letterSlug, file = fileName, rows = $"{firstRow}-{firstRow + chunk.Count - 1}", of = rows.Count }),
                After = MutationScope.ToJson(new { added = signatures.Select(s => new { s.Position, s.PrintedName, s.OrganizationKey, s.PersonKey }) }),
            });
            var events = signatures.Select(s => (SignatureAddedMessage.Topic.Name, (object)new SignatureAddedMessage(letter.Slug, s))).ToList();
            await CrossProcessEvents.WriteAsync(db, events, outbox, scope.Now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return reports;
    }

    private void Print(IEnumerable<SignatureRowReport> reports)
    {
        foreach (var report in reports)
        {
            var who = report.Signature is { } s ? ((object?)s.Organization ?? s.Person) switch { Organization o => o.Slug, Person p => p.Slug, _ => null } : null;
            var candidates = report.Candidates.Select(c => c switch { Organization o => o.Slug, Person p => p.Slug, _ => "?" });
            output.WriteLine(TerminalText.Escape($"row {report.Row,4}  {report.Outcome.ToString().ToUpperInvariant(),-9}  \"{report.PrintedName}\"{(who is null ? "" : " -> " + who)}{(report.Message is null ? "" : "  " + report.Message)}{(report.Candidates.Count > 0 ? " (" + string.Join(", ", candidates) + ")" : "")}"));
        }
    }
}
