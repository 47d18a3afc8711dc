using Tracker.Shared;

namespace Tracker.Data.Versioning;

/// <summary>
/// A number that moves whenever a write commits to the database, whoever made it: the response cache keys public
/// reads on it, so that no answer computed before a write is served after it. It moves here (through
/// <see cref="DataVersionInterceptor"/>) after each commit of this process, and through the provider's own signal
/// for commits of other processes and instances: <see cref="SqliteDataVersion"/> (SQLite's <c>PRAGMA
/// data_version</c>), <see cref="PostgresDataVersion"/> (a LISTEN on the channel every commit NOTIFYs).
/// </summary>
/// <remarks>
/// A reader takes the version <em>before</em> it reads: a write committing meanwhile moves it, so whatever the
/// reader stores under the old version is never served again. The version only moves after the commit (never
/// before it), or a reader could take the new version, read the old data and store it under the new one.
/// </remarks>
public abstract class DataVersion
{
    /// <summary>The channel on which every committed write NOTIFYs (PostgreSQL) and every instance LISTENs.</summary>
    public const string PostgresChannel = "tracker_data_version";

    /// <summary>The statement every writer sends inside its transaction on PostgreSQL (delivered when it commits).</summary>
    public const string PostgresNotify = $"SELECT pg_notify('{PostgresChannel}', '')";

    private readonly ChangeSignal _changed = new();
    private long _version;

    /// <summary>A write committed (or may have): answers read before now are out of date.</summary>
    public void Advance()
    {
        Interlocked.Increment(ref _version);
        Changed();
    }

    /// <summary>
    /// Completes the next time <see cref="Current"/>'s answer may change (the version moved, or became known or
    /// unknown), so that whoever waits for it (a test awaiting another instance's NOTIFY) is woken by the change
    /// rather than asking on a timer. Take it before asking <see cref="Current"/>. On SQLite another process's
    /// commit moves the version only when <see cref="Current"/> is next asked, since SQLite has no cross-process
    /// signal: asking once after that process is done is enough.
    /// </summary>
    public Task NextChange => _changed.Next;

    /// <summary>
    /// The current version, or null when it cannot be known (the provider's signal from other processes is not
    /// being received): then nothing may be served from, or stored in, a cache.
    /// </summary>
    public abstract long? Current();

    /// <summary>
    /// The version as last learned, without asking the database (SQLite's <c>data_version</c> is asked only by
    /// <see cref="Current"/>): moved at once by this process's commits and by any reader's last
    /// <see cref="Current"/>. Cheap enough for every key a request reads, for a reader that has itself asked
    /// <see cref="Current"/> since its request began, so that no write committed before then goes unseen.
    /// </summary>
    public virtual long? Known() => Current();

    protected long Value => Volatile.Read(ref _version);

    /// <summary>Wakes whoever awaits <see cref="NextChange"/>, and arms the signal for the change after.</summary>
    protected void Changed() => _changed.Raise();
}
