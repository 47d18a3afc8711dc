using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Infrastructure;
using Tracker.Api.Letters;
using Tracker.Data;
using Tracker.Data.Entities;

namespace Tracker.Api.Tests;

/// <summary>
/// Every order the schema offers for <c>letters</c> (its default, and each sort key both ways), over all letters and
/// over one kind (as the dashboards ask), is read from an index in order: the database never sorts the letters as a
/// whole, only, at most, the ties of a key it reads in order (SQLite's "right part of ORDER BY", PostgreSQL's
/// incremental sort). The statement is the one the API sends (the filter's condition, <see cref="LetterQueryMaps"/>'s
/// ordering and the page size), explained by each database. At 1,000,000 signatures the sort by
/// <c>writtenOn</c>, which starts with <c>"WrittenOn" IS NOT NULL</c>, sorted 3,044 letters a page (issue 13).
/// </summary>
public abstract partial class LetterSortPlanTests(TrackerApiFactory factory, bool postgres)
{
    public static TheoryData<string?, string?, bool> Orders()
    {
        var data = new TheoryData<string?, string?, bool>();
        foreach (var ofOneKind in new[] { false, true })
        {
            data.Add(null, null, ofOneKind);
            foreach (var key in new[] { "writtenOn", "title", "kind" })
            {
                data.Add(key, nameof(SortDirection.Asc), ofOneKind);
                data.Add(key, nameof(SortDirection.Desc), ofOneKind);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task The_letters_are_read_in_order_from_an_index(string? key, string? direction, bool ofOneKind)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var kind = LetterKind.SignOnLetter;
        var letters = ofOneKind ? db.Letters.Where(l => l.Kind == kind) : db.Letters;
        IReadOnlyList<IReadOnlyDictionary<string, object?>>? order = key is null ? null
            : [new Dictionary<string, object?> { [key] = Enum.Parse<SortDirection>(direction!) }];
        var page = LetterQueryMaps.Sorts.Apply(letters, order).Select(l => new { l.Id, l.Title, l.Body }).Take(21);

        var command = page.CreateDbCommand();
        var sql = command.CommandText;
        var plan = await ExplainAsync(db, command);

        Assert.NotEmpty(plan);
        Assert.False(plan.Any(SortsEverything), $"The letters are sorted as a whole:\n{sql}\n\n{string.Join('\n', plan)}");
    }

    /// <summary>A step that sorts all its input rows, as opposed to the ties of keys read in order.</summary>
    private bool SortsEverything(string line) => postgres ? PostgresSort().IsMatch(line) : line == "USE TEMP B-TREE FOR ORDER BY";

    [GeneratedRegex(@"^\s*(->\s+)?Sort\s+\(cost=")]
    private static partial Regex PostgresSort();

    /// <summary>
    /// The plan's lines. On PostgreSQL, sequential scans and sorts are priced out (in this transaction only), so
    /// that an index that serves the order is taken however few letters the seeded database holds, and a plan
    /// that still sorts has no such index.
    /// </summary>
    private async Task<List<string>> ExplainAsync(TrackerDbContext db, DbCommand command)
    {
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off;");
        }
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                // SQLite: id, parent, notused, detail; PostgreSQL: one line of text.
                lines.Add(reader.GetString(postgres ? 0 : 3));
            }
        }
        await transaction.RollbackAsync();
        return lines;
    }
}

public sealed class SqliteLetterSortPlanTests(SeededApi api) : LetterSortPlanTests(api.Factory, postgres: false), IClassFixture<SeededApi>;

public sealed class PostgresLetterSortPlanTests(SeededPostgresApi api) : LetterSortPlanTests(api.Factory, postgres: true), IClassFixture<SeededPostgresApi>;
