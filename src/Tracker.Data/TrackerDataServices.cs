using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Tracker.Data.Reads;
using Tracker.Data.Search;
using Tracker.Data.Seeding;
using Tracker.Data.Versioning;
using Tracker.Data.Writes;

namespace Tracker.Data;

public static class TrackerDataServices
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{TContext}"/> of <see cref="TrackerDbContext"/> for the configured
    /// provider (callers create a short-lived context per unit of work: never one shared by concurrent
    /// resolvers), the <see cref="RequestDatabase"/> through which a request's reads share one context, the provider's <see cref="ISearchIndex"/>, and the <see cref="SeedLoader"/>.
    /// </summary>
    public static IServiceCollection AddTrackerData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = TrackerDataOptions.From(configuration);
        services.AddSingleton(options);
        // Every context gets the interceptor that moves the data version on each committed write (the response
        // cache's invalidation), so no write path can skip it.
        services.AddSingleton<DataVersionInterceptor>();
        // Query splitting is EF Core's default (one statement per query, which streams; split queries are buffered)
        // said out loud, so that EF Core stops warning on every query that includes several collections.
        if (options.Provider == TrackerProvider.Postgres)
        {
            services.AddSingleton<PostgresDataVersion>();
            services.AddSingleton<DataVersion>(p => p.GetRequiredService<PostgresDataVersion>());
            services.AddPooledDbContextFactory<PostgresTrackerDbContext>((p, o) => o.UseNpgsql(options.ConnectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(p.GetRequiredService<DataVersionInterceptor>()));
            services.AddSingleton<IDbContextFactory<TrackerDbContext>>(p => new Upcast<PostgresTrackerDbContext>(p.GetRequiredService<IDbContextFactory<PostgresTrackerDbContext>>()));
            services.AddSingleton<ISearchIndex, PostgresSearchIndex>();
        }
        else
        {
            // A factory, so the container disposes it (and its connection to the file) with the application.
            services.AddSingleton<DataVersion>(_ => new SqliteDataVersion(options.ConnectionString));
            services.AddPooledDbContextFactory<SqliteTrackerDbContext>((p, o) => o.UseSqlite(options.ConnectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(p.GetRequiredService<DataVersionInterceptor>(), new SqlitePageCache(options.SqliteCacheKiB), new Text.SqliteUnicodeLower()));
            services.AddSingleton<IDbContextFactory<TrackerDbContext>>(p => new Upcast<SqliteTrackerDbContext>(p.GetRequiredService<IDbContextFactory<SqliteTrackerDbContext>>()));
            services.AddSingleton<ISearchIndex, SqliteSearchIndex>();
        }
        services.AddScoped<RequestDatabase>();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton(WriteLockOptions.From(configuration));
        services.AddSingleton<WriteLock>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Creates the database if needed, applies pending migrations, loads seed data not yet loaded, and brings stored statuses up to today.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<TrackerDataOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Tracker.Data");
        if (options.DataFolder is not null)
        {
            Directory.CreateDirectory(options.DataFolder);
            logger.LogInformation("SQLite database in {DataFolder}", options.DataFolder);
        }
        await using var exclusive = await TakeStartupLockAsync(services, cancellationToken);
        await using (var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            // Not the connection's command timeout (Npgsql's 30 s): see TrackerDataOptions.MigrationTimeout.
            db.Database.SetCommandTimeout(options.MigrationTimeout ?? NoTimeout);
            await db.Database.MigrateAsync(cancellationToken);
            if (options.Provider == TrackerProvider.Sqlite)
            {
                // Write-ahead logging lets readers go on while a maintainer writes; the mode is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            await NormalizedNames.FillAsync(db, cancellationToken);
            await JurisdictionStatuses.FillCountsFromAsync(db, cancellationToken);
        }
        await services.GetRequiredService<SeedLoader>().LoadAsync(cancellationToken: cancellationToken);
        await using (var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            // Statuses stored by an older rule, or before an event's counting day came, are brought up to today.
            db.Database.SetCommandTimeout(options.MigrationTimeout ?? NoTimeout);
            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            await JurisdictionStatuses.RefreshAsync(db, today, cancellationToken);
        }
    }

    private static async Task<StartupLock> TakeStartupLockAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(cancellationToken);
        return await StartupLock.TakeAsync(db, cancellationToken);
    }

    /// <summary>Both providers read a command timeout of zero as no limit.</summary>
    private static readonly TimeSpan NoTimeout = TimeSpan.Zero;

    private sealed class Upcast<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<TrackerDbContext>
        where TContext : TrackerDbContext
    {
        public TrackerDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<TrackerDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
