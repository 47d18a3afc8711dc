using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;
using Tracker.Data.Search;

namespace Tracker.Data;

/// <summary>
/// The tracker's database. The model is the same on every provider; each provider has its own migrations
/// (see <see cref="SqliteTrackerDbContext"/> and <see cref="PostgresTrackerDbContext"/>), because the SQL types
/// and full-text search differ. Saving stamps <see cref="Tracked"/> rows and keeps the search documents in step,
/// in one transaction.
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

    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<FailedKeyCheck> FailedKeyChecks => Set<FailedKeyCheck>();

    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<BodyAlias> BodyAliases => Set<BodyAlias>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<DeportationCase> DeportationCases => Set<DeportationCase>();

    public DbSet<Statistic> Statistics => Set<Statistic>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<ActorLink> ActorLinks => Set<ActorLink>();

    public DbSet<SignatureSignatory> SignatureSignatories => Set<SignatureSignatory>();

    public DbSet<MovedRecord> MovedRecords => Set<MovedRecord>();

    /// <summary>Signatures per letter and signer's state, kept by triggers (read only: never written from code).</summary>
    public DbSet<LetterSignatoryCount> LetterSignatoryCounts => Set<LetterSignatoryCount>();

    /// <summary>Set by bulk loaders that write search documents themselves.</summary>
    public bool MaintainSearchDocuments { get; set; } = true;

    /// <summary>
    /// The code base saves asynchronously; a synchronous caller gets the same behaviour by blocking on the async
    /// save run on the thread pool, so that it cannot deadlock on a single-threaded synchronization context (the
    /// GraphQL executor installs one). The caller is blocked meanwhile, so the context is still used by one thread.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        Task.Run(() => SaveChangesAsync(acceptAllChangesOnSuccess)).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Stamp();
        if (!MaintainSearchDocuments)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var touched = SearchDocumentWriter.Pending(this);
        if (touched.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // New rows get their ids on save, so the documents are written by a second save in the same transaction.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await SearchDocumentWriter.RefreshAsync(this, SearchDocumentWriter.KeysOf(touched), cancellationToken);
        written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return written;
    }

    private void Stamp()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<Tracked>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
            if (entry.Entity is Organization organization && entry.State is EntityState.Added or EntityState.Modified)
            {
                // Derived here, so no path that sets an acronym can leave the matching form behind.
                organization.NormalizedAcronym = NameNormalizer.AcronymKey(organization.Acronym);
            }
            if (entry.Entity is Body body && entry.State is EntityState.Added or EntityState.Modified)
            {
                body.NormalizedName = NameNormalizer.Normalize(body.Name);
            }
            if (entry.Entity is DeportationCase deportationCase && entry.State is EntityState.Added or EntityState.Modified)
            {
                deportationCase.NormalizedName = NameNormalizer.Normalize(deportationCase.Name);
            }
            if (entry.Entity is StatusEvent statusEvent && entry.State is EntityState.Added or EntityState.Modified)
            {
                // Derived here for the same reason: no path that dates an event can leave its counting day behind.
                statusEvent.CountsFrom = StatusEventDates.CountsFrom(statusEvent);
            }
        }
    }

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
