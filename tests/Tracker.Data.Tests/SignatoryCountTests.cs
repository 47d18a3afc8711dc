using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Tests;

/// <summary>
/// <see cref="LetterSignatoryCount"/> rows, kept by the database's triggers, always equal a fresh GROUP BY over the
/// signatures: after seeding, after the migration that adds them to an older database, and after every write of a
/// random sequence of the kinds of write that can move a count, on SQLite and PostgreSQL.
/// </summary>
public sealed class SignatoryCountTests
{
    /// <summary>The migration before SignatoryCounts, by name (its timestamp differs per provider).</summary>
    private const string PreviousMigration = "RecordData";

    private const int Steps = 120;

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 1)]
    [InlineData(true, 2)]
    public async Task Counts_equal_a_fresh_group_by_after_every_write_of_a_random_sequence(bool postgres, int seed)
    {
        using var database = new TempDatabase(postgres);
        await database.MigrateAndSeedAsync();
        await AssertCountsMatchAsync(database, "after seeding");

        var random = new Random(seed);
        var world = await SignatoryWorld.CreateAsync(database, random);
        for (var step = 0; step < Steps; step++)
        {
            var write = SignatoryWorld.Writes[random.Next(SignatoryWorld.Writes.Length)];
            await using (var db = await database.Factory.CreateDbContextAsync())
            {
                await write.Run(world, db, random);
            }
            await AssertCountsMatchAsync(database, $"step {step}: {write.Name} (seed {seed})");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_migration_counts_the_previous_schemas_signatures_and_later_writes_keep_them(bool postgres)
    {
        using var database = new TempDatabase(postgres);
        await database.MigrateAndSeedAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync(PreviousMigration);
            // An older server's data that is not the seed's: a signer moved to another state, one without a state,
            // and a signature moved to another letter.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Organizations" SET "State" = 'WI' WHERE "Slug" = 'mirac'""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Organizations" SET "State" = NULL WHERE "Id" = (SELECT MIN("OrganizationId") FROM "Signatures")""");
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE "Signatures" SET "LetterId" = (SELECT MAX("Id") FROM "Letters"), "Position" = 10000
                WHERE "Id" = (SELECT MAX("Id") FROM "Signatures")
                """);
        }
        var signaturesBefore = await SignatureRowsAsync(database);
        var expected = await GroupByAsync(database);
        Assert.Contains(expected, c => c.State == LetterSignatoryCount.NoState);

        await database.MigrateAsync();

        Assert.Equal(signaturesBefore, await SignatureRowsAsync(database));
        Assert.Equal(expected, await KeptAsync(database));
        // The triggers came with the table.
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var mirac = await db.Organizations.SingleAsync(o => o.Slug == "mirac");
            mirac.State = "MN";
            await db.SaveChangesAsync();
        }
        await AssertCountsMatchAsync(database, "after a state change following the migration");
        Assert.NotEqual(expected, await KeptAsync(database));
    }

    private static async Task AssertCountsMatchAsync(TempDatabase database, string when)
    {
        var expected = await GroupByAsync(database);
        var kept = await KeptAsync(database);
        Assert.True(expected.SequenceEqual(kept),
            $"{when}: missing or different [{string.Join(", ", expected.Except(kept))}], wrongly kept [{string.Join(", ", kept.Except(expected))}]");
    }

    /// <summary>What <c>Letter.signatoriesByState</c> computed per request before the counts were kept.</summary>
    private static async Task<List<(int LetterId, string State, int Count)>> GroupByAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var rows = await db.Signatures
            .GroupBy(s => new { s.LetterId, State = s.Organization != null ? s.Organization.State : s.Person!.State })
            .Select(g => new { g.Key.LetterId, g.Key.State, Count = g.Count() }).ToListAsync();
        return Sorted(rows.Select(r => (r.LetterId, r.State ?? LetterSignatoryCount.NoState, r.Count)));
    }

    private static async Task<List<(int LetterId, string State, int Count)>> KeptAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var rows = await db.LetterSignatoryCounts.AsNoTracking().ToListAsync();
        return Sorted(rows.Select(c => (c.LetterId, c.State, c.Count)));
    }

    private static List<(int LetterId, string State, int Count)> Sorted(IEnumerable<(int LetterId, string State, int Count)> counts) =>
        counts.OrderBy(c => c.LetterId).ThenBy(c => c.State, StringComparer.Ordinal).ToList();

    private static async Task<List<(int, int, int?, int?)>> SignatureRowsAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var rows = await db.Signatures.OrderBy(s => s.Id).Select(s => new { s.Id, s.LetterId, s.OrganizationId, s.PersonId }).ToListAsync();
        return rows.Select(r => (r.Id, r.LetterId, r.OrganizationId, r.PersonId)).ToList();
    }
}
