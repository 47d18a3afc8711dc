using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tracker.Data.Entities;

namespace Tracker.Data.Seeding;

/// <summary>
/// Loads seed-data/*.json. Records are matched by their public key (slug, code, letter and position) and only
/// missing ones are added, so restarting adds nothing, a new seed record reaches an existing database, and a
/// maintainer's later edit of a seeded record is never overwritten. Everything is checked before anything is
/// written, in one transaction: a broken reference stops the load with a message naming file and record.
/// </summary>
public sealed class SeedLoader(IDbContextFactory<TrackerDbContext> factory, ILogger<SeedLoader> logger, TimeProvider clock)
{
    /// <summary>Where the build copies seed-data/: beside the application, wherever it is started from.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "seed-data");

    private static readonly string[] SeedKinds = [nameof(Source), nameof(Jurisdiction), nameof(Legislation), nameof(StatusEvent), nameof(Organization), nameof(Person), nameof(Letter), nameof(Signature), nameof(Body), nameof(Event), nameof(DeportationCase), nameof(Statement), nameof(Statistic)];

    public async Task<SeedReport> LoadAsync(string? folder = null, CancellationToken cancellationToken = default)
    {
        var seed = await SeedSet.ReadAsync(folder ?? DefaultFolder, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var builder = await SeedGraph.ReadExistingAsync(db, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var added = builder.Add(seed, today);
        if (added.Count == 0 && builder.Counties.Count == 0)
        {
            return new SeedReport(0);
        }
        db.AddRange(added);
        // Counted by kind as seed-data/ holds them (signatures of a new letter come in with it, so `added` alone undercounts).
        var byKind = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Metadata.ClrType.Name).Where(g => SeedKinds.Contains(g.Key))
            .OrderBy(g => Array.IndexOf(SeedKinds, g.Key)).Select(g => (Kind: g.Key, Count: g.Count())).ToList();
        await db.SaveChangesAsync(cancellationToken);
        var counties = await SeedCounties.WriteAsync(db, builder.Counties, cancellationToken);
        if (counties > 0)
        {
            byKind.Add(("County", counties));
        }
        await JurisdictionStatuses.RecomputeAsync(db, builder.JurisdictionsWithNewEvents.Select(j => j.Id).ToList(), today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var total = byKind.Sum(k => k.Count);
        logger.LogInformation("Seed data loaded: {Added} new records ({ByKind})", total, string.Join(", ", byKind.Select(k => $"{k.Count} {k.Kind}")));
        return new SeedReport(total);
    }
}
