namespace Tracker.Data.Versioning;

/// <summary>
/// On PostgreSQL other instances (and the shell import) write the same database: each of their commits sends a
/// NOTIFY on <see cref="DataVersion.PostgresChannel"/> inside its transaction (PostgreSQL delivers it exactly when
/// the transaction commits, never if it rolls back), and a listener in this process (<c>PostgresDataVersionListener</c>
/// in the API) advances the version for each. While that listener is not connected, notifications are lost, so the
/// version is unknown; when it connects again the version advances once, for whatever committed meanwhile.
/// </summary>
public sealed class PostgresDataVersion : DataVersion
{
    private volatile bool _listening;

    public override long? Current() => _listening ? Value : null;

    /// <summary>The LISTEN is in place: from now on every commit is heard; those before it are assumed.</summary>
    public void Listening()
    {
        Advance();
        _listening = true;
        // Advance woke waiters while the version was still unknown: wake them again now that it is known.
        Changed();
    }

    /// <summary>The LISTEN connection is lost: commits may go unheard until it is back.</summary>
    public void Deaf()
    {
        _listening = false;
        Changed();
    }
}
