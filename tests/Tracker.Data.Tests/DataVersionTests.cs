using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tracker.Data.Entities;
using Tracker.Data.Versioning;

namespace Tracker.Data.Tests;

/// <summary>
/// The data version moves on every committed write, whatever the path, and never on reads or rollbacks; on
/// PostgreSQL each commit NOTIFYs the channel every instance listens to, on SQLite another connection's commit is
/// seen through <c>PRAGMA data_version</c>.
/// </summary>
public sealed class DataVersionTests
{
    private static ApiKey Key(string name) => new() { Name = name, Role = ApiKeyRole.Maintainer, Prefix = "trk_test", Hash = Guid.NewGuid().ToString("N") };

    [Fact]
    public async Task Every_way_of_committing_moves_the_version_and_reads_and_rollbacks_do_not()
    {
        // On PostgreSQL the version is only this process's count (nothing listens here), so each move is the interceptor's.
        using var database = new TempDatabase(postgres: true);
        await database.MigrateAsync();
        var version = database.Services.GetRequiredService<PostgresDataVersion>();
        version.Listening();
        await using var db = await database.Factory.CreateDbContextAsync();
        long Now() => version.Current()!.Value;

        var start = Now();
        await db.ApiKeys.CountAsync();
        var afterRead = Now();
        db.ApiKeys.Add(Key("single-statement"));
        await db.SaveChangesAsync();
        var afterSave = Now();
        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            await db.ApiKeys.Where(k => k.Name == "single-statement").ExecuteDeleteAsync();
            await rolledBack.RollbackAsync();
        }
        var afterRollback = Now();
        await db.ApiKeys.Where(k => k.Name == "single-statement").ExecuteUpdateAsync(set => set.SetProperty(k => k.Prefix, "trk_move"));
        var afterUpdate = Now();
        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            await db.ApiKeys.Where(k => k.Name == "single-statement").ExecuteDeleteAsync();
            await committed.CommitAsync();
        }
        var afterCommit = Now();

        Assert.Equal(start, afterRead);
        Assert.True(afterSave > afterRead, "a SaveChanges of one statement");
        Assert.Equal(afterSave, afterRollback);
        Assert.True(afterUpdate > afterRollback, "an ExecuteUpdate outside a transaction");
        Assert.True(afterCommit > afterUpdate, "a committed transaction");
    }

    [Fact]
    public async Task A_commit_notifies_the_channel_other_instances_listen_to_and_a_rollback_does_not()
    {
        using var database = new TempDatabase(postgres: true);
        await database.MigrateAsync();
        var received = 0;
        var connectionString = database.Services.GetRequiredService<TrackerDataOptions>().ConnectionString;
        await using var listener = new NpgsqlConnection(connectionString);
        await listener.OpenAsync();
        listener.Notification += (_, _) => received++;
        await using (var listen = new NpgsqlCommand($"LISTEN {DataVersion.PostgresChannel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }
        await using var db = await database.Factory.CreateDbContextAsync();

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            db.ApiKeys.Add(Key("rolled-back"));
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        db.ApiKeys.Add(Key("committed"));
        await db.SaveChangesAsync();
        // Notifications arrive in commit order, so once the commit's has come, a rollback's would have come before it.
        Assert.True(await listener.WaitAsync(TimeSpan.FromSeconds(15)), "no notification within 15 s");

        Assert.Equal(1, received);
    }

    [Fact]
    public async Task SQLite_sees_a_commit_of_any_other_connection_to_the_file()
    {
        using var database = new TempDatabase();
        await database.MigrateAsync();
        var connectionString = database.Services.GetRequiredService<TrackerDataOptions>().ConnectionString;
        using var version = new SqliteDataVersion(connectionString);
        var start = version.Current();
        var unchanged = version.Current();

        // Another connection, outside EF Core (as another process would be): only the file tells.
        await using (var other = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await other.OpenAsync();
            await using var write = other.CreateCommand();
            write.CommandText = "CREATE TABLE written_elsewhere (id INTEGER)";
            await write.ExecuteNonQueryAsync();
        }
        var afterWrite = version.Current();

        Assert.NotNull(start);
        Assert.Equal(start, unchanged);
        Assert.NotEqual(start, afterWrite);
        Assert.Equal(afterWrite, version.Current());
    }

    [Fact]
    public async Task Under_concurrent_callers_SQLite_never_answers_with_a_version_from_before_a_commit_that_preceded_the_call()
    {
        using var database = new TempDatabase();
        await database.MigrateAsync();
        var connectionString = database.Services.GetRequiredService<TrackerDataOptions>().ConnectionString;
        using var version = new SqliteDataVersion(connectionString);
        await using var other = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await other.OpenAsync();
        await using (var create = other.CreateCommand())
        {
            create.CommandText = "CREATE TABLE written_elsewhere (id INTEGER)";
            await create.ExecuteNonQueryAsync();
        }
        using var stop = new CancellationTokenSource();
        var asked = 0L;
        // Other callers asking all the time, as concurrent requests do, taking turns on the one connection.
        var background = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                version.Current();
                Interlocked.Increment(ref asked);
            }
        })).ToList();

        var stale = 0;
        for (var i = 0; i < 100; i++)
        {
            var before = version.Current();
            await using (var write = other.CreateCommand())
            {
                write.CommandText = $"INSERT INTO written_elsewhere VALUES ({i})";
                await write.ExecuteNonQueryAsync();
            }
            // Every call that begins after the commit counts it, however the calls interleave.
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(version.Current)));
            stale += answers.Count(a => a is null || a <= before);
        }
        await stop.CancelAsync();
        await Task.WhenAll(background);

        Assert.Equal(0, stale);
        Assert.True(Interlocked.Read(ref asked) > 100, $"{asked} background askings");
    }

    [Fact]
    public async Task Each_change_of_the_answer_completes_the_signal_taken_before_it()
    {
        var version = new PostgresDataVersion();
        var beforeListening = version.NextChange;
        Assert.False(version.NextChange.IsCompleted);

        version.Listening();
        await beforeListening.WaitAsync(TimeSpan.FromSeconds(10));
        var known = version.Current();
        var beforeAdvance = version.NextChange;
        Assert.False(beforeAdvance.IsCompleted);
        version.Advance();
        await beforeAdvance.WaitAsync(TimeSpan.FromSeconds(10));
        var beforeDeaf = version.NextChange;
        Assert.False(beforeDeaf.IsCompleted);
        version.Deaf();
        await beforeDeaf.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(known);
        Assert.Null(version.Current());
    }
}
