using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Tracker.Data.Tests;

/// <summary>
/// A migration's statements are not bound by the connection's command timeout: on a large database (a million
/// signatures) filling a new table takes longer than Npgsql's 30 seconds, and a migration stopped there rolls back
/// and fails again on every start. Here every DDL statement of the migration is made to take 1.2 seconds (an event
/// trigger sleeps) on a connection whose command timeout is 1 second.
/// </summary>
public sealed class MigrationTimeoutTests
{
    /// <summary>A migration with DDL statements, and the one before it (by name: timestamps differ per provider).</summary>
    private const string PreviousMigration = "RecordData";

    [Fact]
    public async Task A_migration_statement_longer_than_the_connections_command_timeout_completes()
    {
        using var database = await SlowDdlDatabaseAsync(settings: null);

        await database.MigrateAndSeedAsync();

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(await db.LetterSignatoryCounts.AnyAsync(), "the migrated table keeps the seeded signatures' counts");
    }

    [Fact]
    public async Task A_configured_migration_timeout_stops_a_longer_statement_and_keeps_the_previous_schema()
    {
        using var database = await SlowDdlDatabaseAsync(new Dictionary<string, string?> { ["Tracker:MigrationTimeout"] = "00:00:01" });

        await Assert.ThrowsAnyAsync<Exception>(() => database.MigrateAndSeedAsync());

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.EndsWith("_" + PreviousMigration, (await db.Database.GetAppliedMigrationsAsync()).Last());
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-00:01:00")]
    [InlineData("00:00:00")]
    [InlineData("00:00:00.3")] // under a second: EF Core rounds it to a timeout of 0, which means none
    [InlineData("30000.00:00:00")] // over int.MaxValue seconds: EF Core refused it only at the first migration
    public void A_migration_timeout_outside_one_second_to_the_longest_command_timeout_is_refused_at_start(string text)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:MigrationTimeout"] = text, ["Tracker:DataFolder"] = Path.GetTempPath() }).Build();

        var error = Assert.Throws<InvalidSettingException>(() => TrackerDataOptions.From(configuration));

        Assert.Contains("Tracker:MigrationTimeout", error.Message);
    }

    /// <summary>A new PostgreSQL database one migration behind (seeded by the start-up after it), on which every DDL statement takes 1.2 s and the connection's command timeout is 1 s.</summary>
    private static async Task<TempDatabase> SlowDdlDatabaseAsync(IReadOnlyDictionary<string, string?>? settings)
    {
        var database = new TempDatabase(postgres: true, settings, connection => connection.CommandTimeout = 1);
        await using var db = await database.Factory.CreateDbContextAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(60));
        await db.Database.MigrateAsync(PreviousMigration);
        await db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION slow_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1.2); END $$;
            CREATE EVENT TRIGGER slow_ddl ON ddl_command_end EXECUTE FUNCTION slow_ddl();
            """);
        return database;
    }
}
