namespace Tracker.Data.Reads;

/// <summary>
/// A turn on the request's shared context (<see cref="RequestDatabase.RentAsync"/>); disposing it lets the next
/// read of the request go. Entities a read tracked are forgotten, so that the next one starts clean.
/// </summary>
public sealed class RequestDatabaseLease(TrackerDbContext db, SemaphoreSlim turn) : IAsyncDisposable
{
    private int _released;

    public TrackerDbContext Db { get; } = db;

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
