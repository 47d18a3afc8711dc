using Microsoft.EntityFrameworkCore;

namespace Tracker.ScaleBench;

/// <summary>
/// Opens the bulk writer that suits the context's database, and keeps PostgreSQL's buffered tables in the order
/// they were opened (parents before children) so that a flush writes parents' rows first.
/// </summary>
internal sealed class BulkTables(DbContext db)
{
    private readonly List<PostgresBulkTable> _open = [];

    public BulkTable Open(Type entity, IReadOnlyList<string> properties)
    {
        if (!db.Database.IsNpgsql())
        {
            return new SqliteBulkTable(db, entity, properties);
        }
        var table = new PostgresBulkTable(db, this, entity, properties);
        _open.Add(table);
        return table;
    }

    /// <summary>Writes the pending rows of every table opened before this one, then its own.</summary>
    internal void FlushUpTo(PostgresBulkTable table)
    {
        foreach (var open in _open)
        {
            open.WritePending();
            if (open == table)
            {
                return;
            }
        }
    }

    internal void Closed(PostgresBulkTable table) => _open.Remove(table);
}
