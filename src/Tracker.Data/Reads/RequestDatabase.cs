using Microsoft.EntityFrameworkCore;

namespace Tracker.Data.Reads;

/// <summary>
/// The one DbContext, and so the one open connection, that all the reads of a request share (a DI scope: an HTTP
/// request, or one subscription event). Opening a connection per DataLoader batch made the connection pool the
/// hottest lock of the server on SQLite (EF Core also registers its functions and the foreign-key pragma on every
/// open) and exhausted PostgreSQL's <c>max_connections</c> under load; a request now costs one open however many
/// batches it runs. A connection runs one command at a time, so the reads of a request take turns
/// (<see cref="RentAsync"/>); they are batched by the DataLoaders anyway, and concurrency comes from requests.
/// The connection is opened at the first read and released when the scope ends, which for <c>@defer</c> is after
/// the last payload or when the client goes away. Writes keep their own context and transaction.
/// </summary>
public sealed class RequestDatabase(IDbContextFactory<TrackerDbContext> factory) : IAsyncDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private TrackerDbContext? _context;
    private bool _disposed;

    /// <summary>
    /// Waits for the request's context to be free and lends it until the lease is disposed. The lease must not be
    /// held across an await of another read of the same request (a DataLoader), which would wait for it forever.
    /// </summary>
    public Task<RequestDatabaseLease> RentAsync(CancellationToken cancellationToken) => RentAsync(open: true, cancellationToken);

    /// <summary>
    /// <see cref="RentAsync(CancellationToken)"/> without opening the connection: for building a statement whose
    /// rows may be kept already (<see cref="RequestDatabaseLease.OpenAsync"/> opens it if they are not).
    /// </summary>
    public async Task<RequestDatabaseLease> RentAsync(bool open, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _context ??= await factory.CreateDbContextAsync(cancellationToken);
            var lease = new RequestDatabaseLease(_context, _turn);
            if (open)
            {
                await lease.OpenAsync(cancellationToken);
            }
            return lease;
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }

    /// <summary>
    /// Returns the context to the pool, which closes its connection (back to the provider's pool). A read still
    /// running (the request was cancelled) finishes first: its cancellation token stops it soon.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _turn.WaitAsync();
        try
        {
            _disposed = true;
            if (_context is not null)
            {
                await _context.DisposeAsync();
                _context = null;
            }
        }
        finally
        {
            _turn.Release();
        }
    }
}
