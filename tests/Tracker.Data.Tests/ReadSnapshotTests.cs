using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;
using Tracker.Data.Reads;

namespace Tracker.Data.Tests;

/// <summary>
/// Statements read in one <see cref="ReadSnapshot"/> see the database as it was at the first of them, on both
/// databases, and a writer is not held off while it is open (EF Core's own transaction on SQLite, BEGIN IMMEDIATE,
/// would make the writer wait for it and fail with "database is locked").
/// </summary>
public sealed class ReadSnapshotTests
{
    private static ApiKey Key(string name) => new() { Name = name, Role = ApiKeyRole.Maintainer, Prefix = "trk_test", Hash = Guid.NewGuid().ToString("N") };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reads_in_a_snapshot_do_not_see_a_write_committed_between_them(bool postgres)
    {
        using var database = new TempDatabase(postgres);
        await database.MigrateAsync();
        await using var reader = await database.Factory.CreateDbContextAsync();
        if (!postgres)
        {
            // As the server runs SQLite (TrackerDataServices): readers beside a writer need the write-ahead log.
            await reader.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await using var writer = await database.Factory.CreateDbContextAsync();
        writer.ApiKeys.Add(Key("before"));
        await writer.SaveChangesAsync();

        int first, second;
        await using (await ReadSnapshot.BeginAsync(reader, CancellationToken.None))
        {
            first = await reader.ApiKeys.CountAsync();
            writer.ApiKeys.Add(Key("between"));
            await writer.SaveChangesAsync();
            second = await reader.ApiKeys.CountAsync();
        }
        var afterwards = await reader.ApiKeys.CountAsync();

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(2, afterwards);
    }
}
