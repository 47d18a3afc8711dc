using Microsoft.EntityFrameworkCore;
using Tracker.Data.Text;

namespace Tracker.Data;

/// <summary>The embedded default: SQLite.</summary>
public sealed class SqliteTrackerDbContext(DbContextOptions<SqliteTrackerDbContext> options) : TrackerDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        UnicodeLower.MapSqlite(modelBuilder);
    }
}
