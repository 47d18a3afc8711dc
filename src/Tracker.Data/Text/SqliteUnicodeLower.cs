using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tracker.Data.Text;

/// <summary>
/// Gives each SQLite connection <see cref="UnicodeLower.SqliteFunction"/>: .NET's invariant lowering, which SQLite
/// has no function for (its <c>lower()</c> lowers ASCII only, and the ICU extension is not in the bundled library).
/// Given to the connection object as EF Core creates it, before it is opened: Microsoft.Data.Sqlite keeps it there and
/// registers it on whichever pooled handle each opening takes (and removes it when the handle goes back to the pool,
/// so a function given to a handle rather than to the connection was gone for the next connection to take it).
/// </summary>
internal sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        if (result is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(UnicodeLower.SqliteFunction, UnicodeLower.Of, isDeterministic: true);
        }
        return result;
    }
}
