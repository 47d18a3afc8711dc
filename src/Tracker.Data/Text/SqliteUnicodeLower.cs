using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tracker.Data.Text;

/// <summary>
/// Gives each SQLite connection <see cref="UnicodeLower.SqliteFunction"/>: .NET's invariant lowering, which SQLite
/// has no function for (its <c>lower()</c> lowers ASCII only, and the ICU extension is not in the bundled library).
/// A function belongs to the underlying handle, and pooled connections are reopened on the same handles, so it is
/// registered once per handle, the first time a connection is opened on it (as <see cref="SqlitePageCache"/> does).
/// </summary>
internal sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _registered = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private void Register(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || _registered.TryGetValue(handle, out _))
        {
            return;
        }
        sqlite.CreateFunction<string?, string?>(UnicodeLower.SqliteFunction, UnicodeLower.Of, isDeterministic: true);
        _registered.AddOrUpdate(handle, handle);
    }
}
