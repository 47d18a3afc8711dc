using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Tracker.Data.Reads;

/// <summary>
/// A read transaction that lets several statements see one state of the database: a write committed between two of
/// them is seen by neither. PostgreSQL runs it at REPEATABLE READ (a snapshot taken at the first statement); SQLite
/// as a deferred transaction, which in WAL mode reads from the snapshot its first SELECT took and takes no write
/// lock. EF Core's own <c>BeginTransaction</c> on SQLite is <c>BEGIN IMMEDIATE</c>, which would queue the read behind
/// writers and hold them off while it runs. Nothing is written in it; disposing it rolls it back and gives the
/// context back its autocommit.
/// </summary>
public sealed class ReadSnapshot : IAsyncDisposable
{
    private readonly TrackerDbContext _db;
    private readonly DbTransaction _transaction;

    private ReadSnapshot(TrackerDbContext db, DbTransaction transaction) => (_db, _transaction) = (db, transaction);

    public static async Task<ReadSnapshot> BeginAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        DbTransaction transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        // EF Core takes a transaction it did not begin as the caller's to end: this class ends it.
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new ReadSnapshot(db, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.Database.UseTransactionAsync(null);
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }
}
