using Microsoft.EntityFrameworkCore;

namespace Tracker.Data;

/// <summary>PostgreSQL, for deployments with several server instances.</summary>
public sealed class PostgresTrackerDbContext(DbContextOptions<PostgresTrackerDbContext> options) : TrackerDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Byte-order collation, as SQLite compares: sorting and lower() then agree on both databases.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
