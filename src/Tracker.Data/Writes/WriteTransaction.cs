using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tracker.Data.Writes;

/// <summary>
/// A transaction holding the write lock. Disposing it without a commit rolls back; either way the database's
/// lock ends with the transaction and the next writer in line is let through.
/// </summary>
public sealed class WriteTransaction(IDbContextTransaction transaction, RateLimitLease turn) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    /// <summary>Rolls back whatever the token says: a cancelled request must still give its changes up.</summary>
    public Task RollbackAsync() => transaction.RollbackAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            turn.Dispose();
        }
    }
}
