using Microsoft.Data.Sqlite;

namespace Tracker.Api.Auth;

/// <summary>
/// Slows down key guessing: after <see cref="FailedAttemptOptions.MaxFailures"/> failed key checks from one client
/// address within <see cref="FailedAttemptOptions.Window"/>, that address's keys are not even checked until the
/// window has passed. The failures live in the database, so every server instance sharing it counts the same
/// ones (N instances no longer allow N times the guesses); rows older than the window are pruned as new ones
/// come. The address is the client's as forwarded by a trusted proxy (see <c>TrustedProxies</c>), so a
/// stranger behind the same reverse proxy as the maintainers cannot lock them all out.
/// </summary>
public sealed class FailedAttempts(IDbContextFactory<TrackerDbContext> factory, TimeProvider clock, FailedAttemptOptions options, ILogger<FailedAttempts> logger)
{
    public FailedAttemptOptions Options { get; } = options;

    public async Task<bool> IsBlockedAsync(string client, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - Options.Window;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.FailedKeyChecks.CountAsync(f => f.Client == client && f.At > since, cancellationToken) >= Options.MaxFailures;
    }

    /// <summary>
    /// Records a failure and prunes the expired ones. On SQLite the write waits for the single writer, so it gives
    /// up after a second rather than hold up the refusal; the refusal itself never depends on it.
    /// </summary>
    public async Task RecordAsync(string client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - Options.Window;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(1));
        try
        {
            await db.FailedKeyChecks.Where(f => f.At <= expired).ExecuteDeleteAsync(cancellationToken);
            db.FailedKeyChecks.Add(new FailedKeyCheck { Client = client, At = now });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is SqliteException { SqliteErrorCode: 5 or 6 } or DbUpdateException { InnerException: SqliteException { SqliteErrorCode: 5 or 6 } })
        {
            logger.LogWarning("A failed key check from {Client} was not counted: the database was busy", client);
        }
    }
}
