using Microsoft.Data.Sqlite;

namespace Tracker.Data.Versioning;

/// <summary>
/// On SQLite another process (the shell import) writes the same file. <c>PRAGMA data_version</c> on a connection
/// of its own changes whenever any other connection, of this process or another, has committed to the file since
/// the last time it was asked (sqlite.org/pragma.html#pragma_data_version); in WAL mode asking reads the shared
/// WAL index and no page, a few microseconds, so it is asked on every read. The connection is this class's alone
/// (never pooled, never writing), or its own commits would not count and a pooled reuse would reset what it saw.
/// </summary>
public sealed class SqliteDataVersion(string connectionString) : DataVersion, IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _pragma;
    private long _seen = -1;

    public override long? Current()
    {
        lock (_gate)
        {
            try
            {
                _pragma ??= Open();
                var seen = (long)_pragma.ExecuteScalar()!;
                if (seen != _seen)
                {
                    _seen = seen;
                    Advance();
                }
                return Value;
            }
            catch (SqliteException)
            {
                // The file cannot be read now: unknown, and asked again from a new connection next time.
                Close();
                return null;
            }
        }
    }

    /// <summary>Unknown while the file could not be read at the last asking (<see cref="Current"/> retries).</summary>
    public override long? Known() => Volatile.Read(ref _seen) < 0 ? null : Value;

    private SqliteCommand Open()
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite };
        _connection = new SqliteConnection(builder.ConnectionString);
        _connection.Open();
        var pragma = _connection.CreateCommand();
        pragma.CommandText = "PRAGMA data_version";
        return pragma;
    }

    private void Close()
    {
        _pragma?.Dispose();
        _connection?.Dispose();
        _pragma = null;
        _connection = null;
        _seen = -1;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Close();
        }
    }
}
