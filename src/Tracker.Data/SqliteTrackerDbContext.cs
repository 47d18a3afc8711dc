using Microsoft.EntityFrameworkCore;

namespace Tracker.Data;

/// <summary>The embedded default: SQLite.</summary>
public sealed class SqliteTrackerDbContext(DbContextOptions<SqliteTrackerDbContext> options) : TrackerDbContext(options);
