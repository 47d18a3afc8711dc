using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data;

/// <summary>
/// The tracker's database. The model is the same on every provider; each provider has its own
/// hand-written migrations (see <see cref="SqliteTrackerDbContext"/> and <see cref="PostgresTrackerDbContext"/>),
/// because the SQL types and full-text search differ.
/// </summary>
public abstract class TrackerDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Citation> Citations => Set<Citation>();

    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();

    public DbSet<StatusEvent> StatusEvents => Set<StatusEvent>();

    public DbSet<Legislation> Legislation => Set<Legislation>();

    public DbSet<LegislationStage> LegislationStages => Set<LegislationStage>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationAlias> OrganizationAliases => Set<OrganizationAlias>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Letter> Letters => Set<Letter>();

    public DbSet<LetterAddressee> LetterAddressees => Set<LetterAddressee>();

    public DbSet<Signature> Signatures => Set<Signature>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable rows, and reordering members never corrupts data.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
    }
}

/// <summary>The embedded default: SQLite.</summary>
public sealed class SqliteTrackerDbContext(DbContextOptions<SqliteTrackerDbContext> options) : TrackerDbContext(options);

/// <summary>PostgreSQL, for deployments with several server instances.</summary>
public sealed class PostgresTrackerDbContext(DbContextOptions<PostgresTrackerDbContext> options) : TrackerDbContext(options);
