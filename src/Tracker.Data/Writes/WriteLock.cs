using System.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tracker.Shared;

namespace Tracker.Data.Writes;

/// <summary>
/// Maintainers' writes run one at a time, on every server instance, each seeing every change committed before
/// it (the free slug, the next printed position, whether a code is taken). Taking a turn has two steps:
/// <list type="number">
/// <item>a first-come-first-served queue in this process (<see cref="ConcurrencyLimiter"/>, oldest first, which
/// never lets a newcomer pass a waiting writer), so the database's lock is contended by one writer per instance
/// at most and waiting is fair here whatever the database does;</item>
/// <item>the database's own lock, held by the transaction: SQLite's single writer (<c>BEGIN IMMEDIATE</c>; its
/// busy wait is not fair, which the queue makes moot within one server), or on PostgreSQL one transaction-scoped
/// advisory lock that every instance takes (PostgreSQL grants it in the order it was asked for).</item>
/// </list>
/// Both steps together wait at most <see cref="WriteLockOptions.Timeout"/>; past it, or when
/// <see cref="WriteLockOptions.MaxWaiting"/> writers are already queued, <see cref="WriteBusyException"/>.
/// Nothing holds a database connection while it waits in the queue.
/// </summary>
public sealed class WriteLock(WriteLockOptions options) : IDisposable
{
    /// <summary>The advisory lock's key, "TRKW" in ASCII, the same on every instance sharing the database.</summary>
    public const long PostgresLockKey = 1414679383;

    /// <summary>Waits for the advisory lock <see cref="PostgresLockKey"/> (within the lock_timeout set before), then restores the session's lock_timeout.</summary>
    private const string TakePostgresLock = "SELECT pg_advisory_xact_lock(1414679383); SET LOCAL lock_timeout TO DEFAULT;";

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly ConcurrencyLimiter _turns = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = 1,
        QueueLimit = options.MaxWaiting,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private readonly ChangeSignal _waitingChanged = new();
    private int _waiting;

    public WriteLockOptions Options { get; } = options;

    /// <summary>Writers of this process waiting for their turn (in the queue or at the database's lock).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>
    /// Completes the next time <see cref="Waiting"/> changes: whoever awaits a number of waiting writers (the tests
    /// queue writers in a known order) is woken by the change, not a timer. Take it before reading the count.
    /// </summary>
    public Task NextWaitingChange => _waitingChanged.Next;

    /// <summary>
    /// Begins <paramref name="db"/>'s transaction holding the write lock. Cancellation and every failure give the
    /// turn and the connection back before the exception leaves.
    /// </summary>
    public async Task<WriteTransaction> BeginAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _waiting);
        _waitingChanged.Raise();
        RateLimitLease? turn = null;
        try
        {
            turn = await TakeTurnAsync(cancellationToken);
            var remaining = Options.Timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw TimedOut();
            }
            var transaction = db.Database.IsNpgsql()
                ? await BeginOnPostgresAsync(db, remaining, cancellationToken)
                : await BeginOnSqliteAsync(db, remaining, cancellationToken);
            return new WriteTransaction(transaction, turn);
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
            _waitingChanged.Raise();
        }
    }

    public void Dispose() => _turns.Dispose();

    private async Task<RateLimitLease> TakeTurnAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.Timeout);
        RateLimitLease turn;
        try
        {
            turn = await _turns.AcquireAsync(1, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut();
        }
        if (!turn.IsAcquired)
        {
            turn.Dispose();
            throw new WriteBusyException($"Too many changes are waiting to be saved ({Options.MaxWaiting}); nothing was changed. Try again in a moment.");
        }
        return turn;
    }

    private async Task<IDbContextTransaction> BeginOnPostgresAsync(TrackerDbContext db, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // lock_timeout (local to the transaction) bounds the wait for the advisory lock, then goes back to the
            // session's setting for the rest of the transaction.
            var milliseconds = Math.Max(1, (long)Math.Ceiling(remaining.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlAsync($"SELECT set_config('lock_timeout', {milliseconds}, true)", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(TakePostgresLock, cancellationToken);
            return transaction;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await transaction.DisposeAsync();
            throw TimedOut(exception);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Microsoft.Data.Sqlite retries a busy <c>BEGIN IMMEDIATE</c> for the connection's DefaultTimeout, in whole
    /// seconds, blocking its thread and deaf to cancellation; so it is tried for a second at a time, and
    /// cancellation (the client gone, the execution timeout) is heard between tries.
    /// </summary>
    private async Task<IDbContextTransaction> BeginOnSqliteAsync(TrackerDbContext db, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var previous = connection.DefaultTimeout;
        var deadline = Stopwatch.GetTimestamp() + (long)(remaining.TotalSeconds * Stopwatch.Frequency);
        connection.DefaultTimeout = 1;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    return await db.Database.BeginTransactionAsync(cancellationToken);
                }
                catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteBusy or SqliteLocked)
                {
                    if (Stopwatch.GetTimestamp() >= deadline)
                    {
                        throw TimedOut(exception);
                    }
                }
            }
        }
        finally
        {
            connection.DefaultTimeout = previous;
        }
    }

    private WriteBusyException TimedOut(Exception? inner = null) =>
        new($"Other changes held the write lock for longer than {Options.Timeout.TotalSeconds:0.###} seconds; nothing was changed. Try again in a moment.", inner);
}
