using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Tracker.Data.Tests;

/// <summary>The PostgreSQL migrations build exactly the database the model describes (the SQLite twin is in <see cref="MigrationTests"/>).</summary>
public sealed class PostgresMigrationTests
{
    [Fact]
    public async Task Migrated_postgres_database_equals_the_one_the_model_creates()
    {
        using var migrated = new TempDatabase(postgres: true);
        using var created = new TempDatabase(postgres: true);
        await migrated.MigrateAsync();
        await using (var db = await created.Factory.CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(created);
        var actual = await DescribeAsync(migrated);

        Assert.NotEmpty(expected);
        // What the migrations add by hand and the model cannot describe (search) is listed apart; the rest must match.
        var extra = actual.Except(expected).ToList();
        Assert.Equal(expected, actual.Where(line => !extra.Contains(line) || !IsHandWritten(line)));
        Assert.All(extra, line => Assert.True(IsHandWritten(line), $"not in the model: {line}"));
    }

    /// <summary>
    /// Objects the migrations create with SQL of their own: the full-text search's index and trigger support, and
    /// the letters' indexes on an expression.
    /// </summary>
    private static bool IsHandWritten(string line) => line.Contains("search", StringComparison.OrdinalIgnoreCase) || line.Contains("tsvector", StringComparison.OrdinalIgnoreCase)
        || Migrations.LetterWrittenOnIndexes.Names.Any(name => line.EndsWith($" named {name}", StringComparison.Ordinal));

    /// <summary>Every table's columns (name, type, nullability, default), indexes (their definitions) and constraints, sorted.</summary>
    private static async Task<List<string>> DescribeAsync(TempDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        var lines = new List<string>();
        await ReadAsync(connection, lines, """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable || ' identity=' || is_identity
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
            """);
        await ReadAsync(connection, lines, """
            SELECT 'index ' || tablename || ' ' || replace(indexdef, indexname, 'I') || ' named ' || indexname
            FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
            """);
        await ReadAsync(connection, lines, """
            SELECT 'constraint ' || c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE n.nspname = 'public' AND c.conrelid::regclass::text NOT LIKE '"\_\_EF%'
            """);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task ReadAsync(NpgsqlConnection connection, List<string> lines, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
    }
}
