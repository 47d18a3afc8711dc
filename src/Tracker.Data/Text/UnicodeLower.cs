using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Tracker.Data.Text;

/// <summary>
/// Text lowered by Unicode's rules inside SQL. SQL's <c>lower()</c> lowers ASCII letters only here: SQLite's always,
/// PostgreSQL's under the byte-order collation <c>"C"</c> every column uses. "Álvarez" stayed "Álvarez" there while
/// the text a filter looked for was lowered by .NET's full rules to "álvarez", so <c>contains: "Álvarez"</c> found no
/// one named Álvarez. Each database maps <see cref="Of"/> (<see cref="MapSqlite"/>, <see cref="MapPostgres"/>).
/// </summary>
public static class UnicodeLower
{
    /// <summary>The SQLite function every connection is given (<see cref="SqliteUnicodeLower"/>).</summary>
    public const string SqliteFunction = "unicode_lower";

    /// <summary>
    /// ICU's root collation, which PostgreSQL creates at initdb wherever it is built with ICU (Debian's, the official
    /// images'): its lower() follows Unicode whatever the server's own locale is.
    /// </summary>
    public const string PostgresCollation = "und-x-icu";

    public static readonly MethodInfo Method = typeof(UnicodeLower).GetMethod(nameof(Of))!;

    /// <summary>The text lowered as .NET's invariant culture lowers it; in a query, the database's translation.</summary>
    public static string? Of(string? text) => text?.ToLowerInvariant();

    public static void MapSqlite(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(Method).HasName(SqliteFunction);

    /// <summary><c>lower(text COLLATE "und-x-icu")</c>.</summary>
    public static void MapPostgres(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(Method).HasTranslation(arguments =>
        {
            var text = arguments.Single();
            return new SqlFunctionExpression(
                "lower",
                [new CollateExpression(text, PostgresCollation)],
                nullable: true,
                argumentsPropagateNullability: [true],
                typeof(string),
                text.TypeMapping);
        });
}
