using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Tracker.Data;

/// <summary>
/// One instance at a time migrates and seeds a PostgreSQL database: instances started together on a new database
/// (a deployment of several, a restart of all) each applied the same migration, and the second failed on what the
/// first had just created ("column already exists") and ended its process. A session-level advisory lock, taken on a
/// connection of its own, makes the others wait; each then finds the migrations applied and the seed loaded, and
/// does nothing. SQLite needs none: its file has one writer at a time, and EF Core locks its migrations there.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The lock's key: any number the tracker alone uses on its database.</summary>
    private const long Key = 0x7472_6163_6b65_72; // "tracker"

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    /// <summary>Waits for the lock on PostgreSQL (for as long as another instance migrates); nothing on SQLite.</summary>
    public static async Task<StartupLock> TakeAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new StartupLock(null);
        }
        // The database must exist to be locked: created here if it does not, by whichever instance gets there first.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it a moment ago.
            }
        }
        // Unpooled, so that closing it ends the session and with it the lock: a pooled connection would go back to
        // the pool still holding it.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 };
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the session releases its lock.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
