using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Tracker.Data;

/// <summary>
/// Maintainers' writes run one at a time, on every server instance (see <see cref="Writes.WriteLock"/>, which the
/// server's mutations go through). Each change reads before it writes (the free slug, the next printed position,
/// whether a code is taken) and must see every change committed before it. SQLite gives this already: its
/// transactions begin IMMEDIATE, taking the single write lock. On PostgreSQL, READ COMMITTED transactions would
/// run side by side, so each takes one transaction-scoped advisory lock; writes are rare next to reads, which are
/// never blocked.
/// </summary>
public static class WriteSerialization
{
    /// <summary>Takes the advisory lock whose key every instance sharing the database uses.</summary>
    private const string TakePostgresWriteLock = "SELECT pg_advisory_xact_lock(1414679383)";

    /// <summary>
    /// Waits for the database's write lock; call inside the transaction, which releases it when it ends. For a
    /// process of its own (the import command); inside the server, <see cref="Writes.WriteLock"/> also queues
    /// its writers fairly and bounds the wait.
    /// </summary>
    public static async Task SerializeWritesAsync(this TrackerDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(TakePostgresWriteLock, cancellationToken);
        }
    }

    /// <summary>Whether a save failed because a text is longer than its column (PostgreSQL checks; SQLite keeps it).</summary>
    public static bool IsValueTooLong(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.StringDataRightTruncation };

    /// <summary>Whether a save failed on a unique index (a change that collided with one saved at the same moment).</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        _ => false,
    };
}
