using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Tracker.Data.Tests;

/// <summary>
/// The migrations build exactly the database the model describes (SQLite here, PostgreSQL in
/// <see cref="PostgresMigrationTests"/>), neither provider has model changes missing from its migrations, and each
/// migration keeps every record of the schema before it.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrated_sqlite_database_equals_the_one_the_model_creates()
    {
        using var migrated = new TempDatabase();
        await migrated.MigrateAsync();
        var created = Path.Combine(Path.GetTempPath(), "tracker-data-tests", Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite($"Data Source={created}").Options;
            await using (var db = new SqliteTrackerDbContext(options))
            {
                await db.Database.EnsureCreatedAsync();
            }

            var expected = Describe($"Data Source={created}");
            var actual = Describe($"Data Source={Path.Combine(migrated.Folder, "tracker.db")}");

            // The migrations add the full-text index and the indexes on expressions that the model cannot describe;
            // everything else must match.
            Assert.Equal(expected, actual.Where(line => !line.Contains("SearchIndex", StringComparison.Ordinal) && !IsLetterWrittenOnIndex(line)));
            Assert.Contains(actual, line => line.StartsWith("table SearchIndex", StringComparison.Ordinal));
            Assert.Equal(Migrations.LetterWrittenOnIndexes.Names.Count, actual.Count(IsLetterWrittenOnIndex));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(created);
        }
    }

    [Fact]
    public async Task Making_signature_positions_unique_keeps_every_signature_and_moves_duplicates_to_the_end()
    {
        // The schema before the unique index, as an older server left it.
        using var database = await SeededAndMigratedBackToAsync("20261124204302_Maintainers");
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            // What concurrent additions on PostgreSQL could leave behind: three signatures at position 1.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Signatures" SET "Position" = 1 WHERE "Position" IN (2, 3) AND "LetterId" = (SELECT "Id" FROM "Letters" WHERE "Slug" = 'morton-2011-07-20')""");
        }
        var before = await Signatures(database);

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        var after = await Signatures(database);

        Assert.Equal(before.Select(s => s.Id).Order(), after.Select(s => s.Id).Order());
        Assert.Equal(after.Count, after.Select(s => (s.LetterId, s.Position)).Distinct().Count());
        await using var check = await database.Factory.CreateDbContextAsync();
        var morton = await check.Letters.Where(l => l.Slug == "morton-2011-07-20").Select(l => l.Id).SingleAsync();
        var sharedFirst = before.Where(b => b.LetterId == morton && b.Position == 1).OrderBy(b => b.Id).Select(b => b.Id).ToList();
        Assert.Equal(3, sharedFirst.Count);
        // The first saved keeps position 1; the other two follow the letter's last (213), in the order they were saved.
        Assert.Equal([1, 214, 215], sharedFirst.Select(id => after.Single(a => a.Id == id).Position));
    }

    [Fact]
    public async Task Names_and_acronyms_normalised_by_an_older_server_are_normalised_again_at_start()
    {
        // The schema before accents were folded and acronyms normalised.
        using var database = await SeededAndMigratedBackToAsync("20261204194409_StatusSummaryIndex");
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            // What the earlier normaliser stored: accents kept.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "OrganizationAliases" SET "NormalizedName" = 'el comité por los derechos de los inmigrantes' WHERE "Name" = 'El Comité por los Derechos de los Inmigrantes'""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "SearchDocuments" SET "Title" = 'Comité Probe' WHERE "Kind" = 'Organization' AND "EntityId" = (SELECT "Id" FROM "Organizations" WHERE "Slug" = 'mirac')""");
        }

        await database.MigrateAndSeedAsync();

        await using var check = await database.Factory.CreateDbContextAsync();
        var forms = await check.OrganizationAliases.Where(a => a.Name.StartsWith("El Comit")).Select(a => a.NormalizedName).ToListAsync();
        Assert.Equal(["el comite por los derechos de los inmigrantes", "el comite por los derechos de los inmigrantes"], forms);
        Assert.Equal(0, await check.Organizations.CountAsync(o => o.NormalizedName == ""));
        Assert.Equal("NDLON", await check.Organizations.Where(o => o.Acronym == "NDLON").Select(o => o.NormalizedAcronym).SingleAsync());
        Assert.Equal(0, await check.Organizations.CountAsync(o => o.Acronym != null && o.NormalizedAcronym == null));
        var mirac = await check.Organizations.Where(o => o.Slug == "mirac").Select(o => o.Id).SingleAsync();
        Assert.Equal("Minnesota Immigrant Rights Action Committee", await check.SearchDocuments.Where(d => d.EntityId == mirac && d.Kind == Entities.SearchKind.Organization).Select(d => d.Title).SingleAsync());
    }

    [Fact]
    public async Task Counting_failed_key_checks_in_the_database_adds_its_table_and_keeps_keys_and_the_audit_log()
    {
        // The schema before failed key checks were kept in the database.
        using var database = await SeededAndMigratedBackToAsync("20261204203000_FoldSearchDocuments");
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ApiKeys" ("Name", "Role", "Prefix", "Hash", "CreatedAt") VALUES ('kept', 'Admin', 'trk_kept', 'abc', '2026-01-01 00:00:00')""");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "AuditEntries" ("At", "KeyName", "Mutation", "ObjectType", "ObjectId", "Input") VALUES ('2026-01-01 00:00:00', 'kept', 'addSource', 'Source', 1, '{{}}')""");
        }

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await using var check = await database.Factory.CreateDbContextAsync();
        Assert.Equal("kept", await check.ApiKeys.Select(k => k.Name).SingleAsync());
        Assert.Equal("addSource", await check.AuditEntries.Select(a => a.Mutation).SingleAsync());
        check.FailedKeyChecks.Add(new Entities.FailedKeyCheck { Client = "203.0.113.1", At = DateTime.UtcNow });
        await check.SaveChangesAsync();
        Assert.Equal(1, await check.FailedKeyChecks.CountAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Dating_status_events_keeps_every_record_of_the_previous_schema_and_applies_the_rule_to_them(bool postgres)
    {
        // The schema before earliestOn/latestOn/countsFrom and PLANNED, with the ICE event as an older server seeded it.
        using var database = new TempDatabase(postgres);
        await database.MigrateAndSeedAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync("20261204203000_FoldSearchDocuments");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "StatusEvents" SET "DateQualifier" = 'Exact' WHERE "Slug" = 'us-mandatory-2013'""");
        }
        var before = await RowsAsync(database);

        await database.MigrateAndSeedAsync();

        var after = await RowsAsync(database);
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Events.Select(e => e with { Qualifier = "" }), after.Events.Select(e => e with { Qualifier = "" }));
        Assert.Equal("Planned", after.Events.Single(e => e.Slug == "us-mandatory-2013").Qualifier);
        Assert.Equal(before.Events.Where(e => e.Slug != "us-mandatory-2013"), after.Events.Where(e => e.Slug != "us-mandatory-2013"));
        await using var check = await database.Factory.CreateDbContextAsync();
        var events = await check.StatusEvents.AsNoTracking().ToListAsync();
        Assert.All(events, e => Assert.Equal(StatusEventDates.CountsFrom(e), e.CountsFrom));
        Assert.Null(events.Single(e => e.Slug == "ca-trust-act-awaiting-signature").CountsFrom);
        Assert.Equal(new DateOnly(2013, 12, 31), events.Single(e => e.Slug == "us-mandatory-2013").CountsFrom);
        // The stored statuses agree with the rule on today's date.
        await using var fresh = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await JurisdictionStatuses.RefreshAsync(fresh, DateOnly.FromDateTime(DateTime.UtcNow), default));
    }

    private sealed record EventRow(int Id, string Slug, string Status, DateOnly EffectiveOn, string Qualifier);

    /// <summary>What the database holds, read with plain SQL so that it works on either schema.</summary>
    private static async Task<(List<int> Counts, List<EventRow> Events)> RowsAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var counts = new List<int>();
        foreach (var table in new[] { "Jurisdictions", "StatusEvents", "Legislation", "LegislationStages", "Organizations", "People", "Letters", "Signatures", "Sources" })
        {
            // Table names from the list above, never from input.
            var sql = "SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"" + table + "\"";
            counts.Add(await db.Database.SqlQueryRaw<int>(sql).SingleAsync());
        }
        // The search documents of the kinds this schema has (going back past RecordEntities drops the documents of
        // bodies, events, cases, statements and statistics with their tables, and seeding adds them again).
        counts.Add(await db.Database.SqlQueryRaw<int>("""
            SELECT CAST(COUNT(*) AS INTEGER) AS "Value" FROM "SearchDocuments" WHERE "Kind" IN ('Organization', 'Person', 'Letter', 'Jurisdiction')
            """).SingleAsync());
        // The citations of the kinds this schema has (going back drops the newer kinds, and seeding adds them again).
        counts.Add(await db.Database.SqlQueryRaw<int>("""
            SELECT CAST(COUNT(*) AS INTEGER) AS "Value" FROM "Citations" WHERE "JurisdictionId" IS NOT NULL OR "StatusEventId" IS NOT NULL
            OR "LegislationId" IS NOT NULL OR "LegislationStageId" IS NOT NULL OR "OrganizationId" IS NOT NULL OR "PersonId" IS NOT NULL OR "LetterId" IS NOT NULL
            """).SingleAsync());
        var events = await db.Database.SqlQueryRaw<EventRow>("""SELECT "Id", "Slug", "Status", "EffectiveOn", "DateQualifier" AS "Qualifier" FROM "StatusEvents" ORDER BY "Id" """).ToListAsync();
        return (counts, events);
    }

    [Fact]
    public async Task Adding_the_event_outbox_keeps_every_record_and_the_outbox_takes_events()
    {
        // The schema before the outbox, with an older server's data.
        using var database = await SeededAndMigratedBackToAsync("20261204203000_FoldSearchDocuments");
        var before = await CountsAsync(database);

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            db.OutboxEvents.Add(new Entities.OutboxEvent { At = DateTime.UtcNow, Topic = "signatureAdded", Payload = "{}" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(before, await CountsAsync(database));
        await using var check = await database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await check.OutboxEvents.CountAsync());
    }

    private static async Task<(int, int, int, int, int, int)> CountsAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return (await db.Organizations.CountAsync(), await db.People.CountAsync(), await db.Letters.CountAsync(), await db.Signatures.CountAsync(),
            await db.StatusEvents.CountAsync(), await db.SearchDocuments.CountAsync());
    }

    /// <summary>A seeded database taken back down to an earlier migration (its data stays), to test the ones after it.</summary>
    private static async Task<TempDatabase> SeededAndMigratedBackToAsync(string migration)
    {
        var database = new TempDatabase();
        await database.MigrateAndSeedAsync();
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.Database.MigrateAsync(migration);
        return database;
    }

    private static async Task<List<(int Id, int LetterId, int Position)>> Signatures(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return (await db.Signatures.Select(s => new { s.Id, s.LetterId, s.Position }).ToListAsync()).Select(s => (s.Id, s.LetterId, s.Position)).ToList();
    }

    [Fact]
    public void Neither_provider_has_model_changes_missing_from_its_migrations()
    {
        using var sqlite = new SqliteTrackerDbContext(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresTrackerDbContext(new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql("Host=localhost").Options);

        Assert.False(sqlite.Database.HasPendingModelChanges());
        Assert.False(postgres.Database.HasPendingModelChanges());
    }

    /// <summary>Every table's columns (name, type, nullability, key), indexes (with columns) and foreign keys, sorted.</summary>
    private static bool IsLetterWrittenOnIndex(string line) =>
        Migrations.LetterWrittenOnIndexes.Names.Any(name => line.Contains($"index {name} ", StringComparison.Ordinal));

    private static List<string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var lines = new List<string>();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')")
            .Select(r => (string)r[0]!).ToList();
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            foreach (var column in Query(connection, $"PRAGMA table_info(\"{table}\")"))
            {
                lines.Add($"  column {table}.{column[1]} {column[2]} notnull={column[3]} pk={column[5]}");
            }
            foreach (var index in Query(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                var columns = string.Join(",", Query(connection, $"PRAGMA index_info(\"{index[1]}\")").Select(c => c[2]));
                lines.Add($"  index {index[1]} unique={index[2]} ({columns})");
            }
            foreach (var key in Query(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
            {
                lines.Add($"  foreign key {table}.{key[3]} -> {key[2]}.{key[4]} on delete {key[6]}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<object?[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return rows;
    }
}
