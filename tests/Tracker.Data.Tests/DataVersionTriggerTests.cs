using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tracker.Data.Versioning;

namespace Tracker.Data.Tests;

/// <summary>
/// On PostgreSQL every table NOTIFYs the data version's channel on any committed write (the DataVersionTriggers
/// migration), so that a write made by hand, without EF Core's interceptor, still moves every instance's version:
/// each table has the trigger (a table added later without it fails here), a plain UPDATE on a connection of its own
/// is heard by a LISTEN once it commits, and one rolled back is not.
/// </summary>
public sealed class DataVersionTriggerTests
{
    [Fact]
    public async Task Every_table_has_the_trigger()
    {
        using var database = new TempDatabase(postgres: true);
        await database.MigrateAsync();
        await using var connection = await OpenAsync(database);

        var tables = await ListAsync(connection, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '__EFMigrationsHistory'");
        var triggered = await ListAsync(connection, "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE g.tgname = 'tracker_data_version'");

        Assert.Contains("Bodies", tables);
        Assert.Empty(tables.Except(triggered));
    }

    [Fact]
    public async Task A_write_by_hand_is_heard_when_it_commits_and_not_when_it_rolls_back()
    {
        using var database = new TempDatabase(postgres: true);
        await database.MigrateAndSeedAsync();
        await using var listener = await OpenAsync(database);
        var heard = 0;
        var marked = false;
        listener.Notification += (_, e) =>
        {
            if (e.Channel == DataVersion.PostgresChannel)
            {
                Interlocked.Increment(ref heard);
            }
            else if (e.Channel == "tracker_test_marker")
            {
                Volatile.Write(ref marked, true);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {DataVersion.PostgresChannel}; LISTEN tracker_test_marker", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }
        await using var writer = await OpenAsync(database);

        await using (var rolledBack = await writer.BeginTransactionAsync())
        {
            await RenameAsync(writer, rolledBack, "Rolled Back");
            await rolledBack.RollbackAsync();
        }
        await using (var committed = await writer.BeginTransactionAsync())
        {
            await RenameAsync(writer, committed, "Renamed By Hand");
            await RenameAsync(writer, committed, "Renamed By Hand Twice");
            await committed.CommitAsync();
        }
        // A marker sent after both: notifications reach a listener in commit order, so once the marker is heard
        // everything the writes sent has been heard too.
        await using (var marker = new NpgsqlCommand("NOTIFY tracker_test_marker", writer))
        {
            await marker.ExecuteNonQueryAsync();
        }
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Volatile.Read(ref marked) && DateTime.UtcNow < deadline)
        {
            await listener.WaitAsync(TimeSpan.FromSeconds(1));
        }

        Assert.True(Volatile.Read(ref marked), "the marker was not heard within 15 s");
        // One for the committed transaction (its two statements folded into one); none for the rolled back one.
        Assert.Equal(1, Volatile.Read(ref heard));
    }

    private static async Task RenameAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name)
    {
        await using var rename = new NpgsqlCommand("UPDATE \"Bodies\" SET \"Name\" = @name WHERE \"Slug\" = 'us-ice'", connection, transaction);
        rename.Parameters.AddWithValue("name", name);
        Assert.Equal(1, await rename.ExecuteNonQueryAsync());
    }

    private static async Task<NpgsqlConnection> OpenAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }
}
