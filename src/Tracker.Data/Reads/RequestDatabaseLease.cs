using System.Data;
using Microsoft.EntityFrameworkCore;

namespace Tracker.Data.Reads;

/// <summary>
/// A turn on the request's shared context (<see cref="RequestDatabase.RentAsync"/>); disposing it lets the next
/// read of the request go. Entities a read tracked are forgotten, so that the next one starts clean.
/// </summary>
public sealed class RequestDatabaseLease(TrackerDbContext db, SemaphoreSlim turn) : IAsyncDisposable
{
    private int _released;

    public TrackerDbContext Db { get; } = db;

    /// <summary>
    /// Opens the request's connection if no read has yet: once for the request, as EF Core would otherwise open and
    /// close it around every statement.
    /// </summary>
    public Task OpenAsync(CancellationToken cancellationToken) =>
        Db.Database.GetDbConnection().State == ConnectionState.Open ? Task.CompletedTask : Db.Database.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Db.ChangeTracker.Clear();
            turn.Release();
        }
        return ValueTask.CompletedTask;
    }
}
