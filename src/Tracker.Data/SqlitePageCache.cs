using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tracker.Data;

/// <summary>
/// Gives each SQLite connection a page cache of <see cref="TrackerDataOptions.SqliteCacheKiB"/> rather than SQLite's
/// 2 MB, which is smaller than the jurisdictions table of a large database (3 MB at 1,000,000 signatures): the maps
/// and summaries that read every jurisdiction then went back to the file for pages on every request. The setting
/// belongs to the connection, and pooled connections are reopened for every request, so it is applied once per
/// underlying SQLite handle, the first time a pooled connection is opened on it.
/// </summary>
internal sealed class SqlitePageCache(int kib) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _applied = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || _applied.TryGetValue(handle, out _))
        {
            return;
        }
        using var command = sqlite.CreateCommand();
        // Negative: a size in KiB rather than in pages.
        command.CommandText = "PRAGMA cache_size = -" + kib.ToString(CultureInfo.InvariantCulture);
        command.ExecuteNonQuery();
        _applied.AddOrUpdate(handle, handle);
    }
}
