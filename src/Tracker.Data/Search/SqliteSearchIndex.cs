using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Search;

/// <summary>
/// SQLite's FTS5: the virtual table <c>SearchIndex</c> indexes <c>SearchDocuments</c> (external content, kept
/// in step by triggers created in the migration). Every word must match as a prefix; ranked by BM25 with
/// titles weighted ten times the text.
/// </summary>
public sealed class SqliteSearchIndex(IDbContextFactory<TrackerDbContext> factory) : ISearchIndex
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken, IReadOnlyCollection<SearchKind>? kinds = null)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await SearchAsync(db, text, limit, cancellationToken, kinds);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(TrackerDbContext db, string text, int limit, CancellationToken cancellationToken, IReadOnlyCollection<SearchKind>? kinds = null)
    {
        var words = SearchTerms.Words(text);
        if (words.Count == 0 || limit <= 0)
        {
            return [];
        }
        // Each word quoted (a string, never syntax) and starred (a prefix); spaces mean AND.
        var match = string.Join(' ', words.Select(w => "\"" + w + "\"*"));
        var kindList = SearchTerms.KindList(kinds);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT d."Kind" AS "Kind", d."EntityId" AS "EntityId", -bm25("SearchIndex", 10.0, 1.0) AS "Score"
            FROM "SearchIndex" JOIN "SearchDocuments" AS d ON d."Id" = "SearchIndex".rowid
            WHERE "SearchIndex" MATCH {match} AND instr({kindList}, ',' || d."Kind" || ',') > 0
            ORDER BY "Score" DESC, d."Kind", d."EntityId"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit(Enum.Parse<SearchKind>(r.Kind), r.EntityId, r.Score)).ToList();
    }

    private sealed record Row(string Kind, int EntityId, double Score);
}
