using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tracker.Data.Entities;

namespace Tracker.Data.Seeding;

/// <summary>What one load added.</summary>
public sealed record SeedReport(int Added)
{
    public bool NothingNew => Added == 0;
}

/// <summary>
/// Loads seed-data/*.json. Records are matched by their public key (slug, code, letter and position) and only
/// missing ones are added, so restarting adds nothing, a new seed record reaches an existing database, and a
/// maintainer's later edit of a seeded record is never overwritten. Everything is checked before anything is
/// written, in one transaction: a broken reference stops the load with a message naming file and record.
/// </summary>
public sealed class SeedLoader(IDbContextFactory<TrackerDbContext> factory, ILogger<SeedLoader> logger)
{
    /// <summary>Where the build copies seed-data/: beside the application, wherever it is started from.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "seed-data");

    public async Task<SeedReport> LoadAsync(string? folder = null, CancellationToken cancellationToken = default)
    {
        var seed = await SeedSet.ReadAsync(folder ?? DefaultFolder, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var builder = await SeedGraph.ReadExistingAsync(db, cancellationToken);
        var added = builder.Add(seed);
        if (added.Count == 0)
        {
            return new SeedReport(0);
        }
        db.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        await JurisdictionStatuses.RecomputeAsync(db, builder.JurisdictionsWithNewEvents.Select(j => j.Id).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seed data loaded: {Added} new records", added.Count);
        return new SeedReport(added.Count);
    }
}
