using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tracker.Api.Tests;

/// <summary>
/// Counts the SQL statements EF Core executes, and the connections it opens, against one database (told apart by its connection string, so
/// tests running in parallel on other databases do not count), through EF's diagnostic events.
/// </summary>
public sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionMarker;
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];

    public StatementCounter(string connectionMarker)
    {
        _connectionMarker = connectionMarker;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public ConcurrentQueue<string> Statements { get; } = new();

    private int _connectionOpens;

    /// <summary>Connections EF Core opened (each open of a pooled connection counts).</summary>
    public int ConnectionOpens => Volatile.Read(ref _connectionOpens);

    public void ResetConnectionOpens() => Interlocked.Exchange(ref _connectionOpens, 0);

    private int _savepoints;

    /// <summary>Transaction savepoints EF Core created.</summary>
    public int Savepoints => Volatile.Read(ref _savepoints);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString?.Contains(_connectionMarker, StringComparison.Ordinal) == true)
        {
            Statements.Enqueue(data.Command.CommandText);
        }
        else if (value.Key == RelationalEventId.ConnectionOpening.Name
            && value.Value is ConnectionEventData opening
            && opening.Connection.ConnectionString?.Contains(_connectionMarker, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _connectionOpens);
        }
        else if (value.Key == RelationalEventId.CreatingTransactionSavepoint.Name
            && value.Value is TransactionEventData transaction
            && transaction.Transaction.Connection?.ConnectionString?.Contains(_connectionMarker, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _savepoints);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }
}
