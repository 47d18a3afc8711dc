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

    /// <summary>
    /// The text lowered as .NET's invariant culture lowers it, with a word's last sigma ("ς") as any other ("σ"); in a
    /// query, the database's translation. ICU lowers a capital "Σ" ending a word to "ς" where .NET gives "σ": folding
    /// the final form on both databases makes "ΟΔΟΣ" find "Οδος" on either, and the two answer alike.
    /// </summary>
    public static string? Of(string? text) => text?.ToLowerInvariant().Replace(FinalSigma, Sigma);

    private const char FinalSigma = 'ς';

    private const char Sigma = 'σ';

    /// <summary>
    /// Declared never null: every filter that calls it tests its column for null first, and without the declaration
    /// EF Core wrapped each call in null checks that called it again (a <c>startsWith</c> lowered each row twice).
    /// </summary>
    public static void MapSqlite(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(Method).HasName(SqliteFunction).IsNullable(false);

    /// <summary><c>translate(lower(text COLLATE "und-x-icu"), 'ς', 'σ')</c>.</summary>
    public static void MapPostgres(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(Method).HasTranslation(arguments =>
        {
            var text = arguments.Single();
            var lowered = new SqlFunctionExpression(
                "lower",
                [new CollateExpression(text, PostgresCollation)],
                nullable: false,
                argumentsPropagateNullability: [false],
                typeof(string),
                text.TypeMapping);
            return new SqlFunctionExpression(
                "translate",
                [lowered, new SqlConstantExpression(FinalSigma.ToString(), text.TypeMapping), new SqlConstantExpression(Sigma.ToString(), text.TypeMapping)],
                nullable: false,
                argumentsPropagateNullability: [false, false, false],
                typeof(string),
                text.TypeMapping);
        }).IsNullable(false);
}
