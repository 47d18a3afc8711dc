using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;
using Tracker.Data.Text;

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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // A letter's signatures filtered by state read each signatory's state by key. From the primary key alone
        // PostgreSQL must visit the row too, so at random_page_cost = 4 it would rather hash every person (5,036 at
        // 1,000,000 signatures) for a letter's 213 signatures; with the state in the index it probes it alone (index
        // only). SQLite reads a row by its integer key directly and needs neither.
        modelBuilder.Entity<Person>().HasIndex(p => p.Id, "IX_People_Id_State").IncludeProperties(p => p.State);
        modelBuilder.Entity<Organization>().HasIndex(o => o.Id, "IX_Organizations_Id_State").IncludeProperties(o => o.State);
        UnicodeLower.MapPostgres(modelBuilder);
    }
}
