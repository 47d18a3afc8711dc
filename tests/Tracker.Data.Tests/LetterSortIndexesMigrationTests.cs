using Microsoft.EntityFrameworkCore;
using Tracker.Data.Migrations;

namespace Tracker.Data.Tests;

/// <summary>
/// The LetterSortIndexes migration, from the schema before it with an older server's letters (one without a date),
/// keeps every letter as it was and adds its indexes, the hand-written ones included; going back removes them.
/// Whether the databases read letters in order through them is <c>LetterSortPlanTests</c>' part.
/// </summary>
public sealed class LetterSortIndexesMigrationTests
{
    /// <summary>The migration before LetterSortIndexes, by name (its timestamp differs per provider).</summary>
    private const string PreviousMigration = "SignatoryCounts";

    private static readonly string[] Indexes = ["IX_Letters_Kind_Title_Id", .. LetterWrittenOnIndexes.Names];

    private sealed record LetterRow(int Id, string Slug, string Kind, string Title, DateOnly? WrittenOn);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_migration_keeps_every_letter_and_adds_the_indexes_both_ways(bool postgres)
    {
        using var database = new TempDatabase(postgres);
        await database.MigrateAndSeedAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync(PreviousMigration);
            Assert.Empty(await IndexesAsync(db, postgres));
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Letters" SET "WrittenOn" = NULL WHERE "Id" = (SELECT MIN("Id") FROM "Letters")""");
        }
        var before = await LettersAsync(database);
        Assert.Contains(before, l => l.WrittenOn is null);

        await database.MigrateAsync();

        Assert.Equal(before, await LettersAsync(database));
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            Assert.Equal(Indexes.Order(StringComparer.Ordinal), await IndexesAsync(db, postgres));
            await db.Database.MigrateAsync(PreviousMigration);
            Assert.Empty(await IndexesAsync(db, postgres));
        }
        Assert.Equal(before, await LettersAsync(database));
    }

    /// <summary>Which of the migration's indexes the database has, by name.</summary>
    private static async Task<List<string>> IndexesAsync(TrackerDbContext db, bool postgres)
    {
        var sql = postgres
            ? """SELECT indexname AS "Value" FROM pg_indexes WHERE tablename = 'Letters'"""
            : """SELECT name AS "Value" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Letters'""";
        var names = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        return names.Where(Indexes.Contains).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The letters, read with plain SQL so that it works on either schema.</summary>
    private static async Task<List<LetterRow>> LettersAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<LetterRow>("""SELECT "Id", "Slug", "Kind", "Title", "WrittenOn" FROM "Letters" ORDER BY "Id" """).ToListAsync();
    }
}
