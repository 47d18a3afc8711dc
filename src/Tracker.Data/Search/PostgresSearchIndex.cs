using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Search;

/// <summary>
/// PostgreSQL's full-text search: a stored <c>tsvector</c> column of <c>SearchDocuments</c> (titles weighted A,
/// text B; the 'simple' configuration, so names are not stemmed) with a GIN index, created in the migration.
/// Every word must match as a prefix; ranked by ts_rank.
/// </summary>
public sealed class PostgresSearchIndex(IDbContextFactory<TrackerDbContext> factory) : ISearchIndex
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
        // Words are letters and digits only, so quoting them makes each a plain lexeme; ":*" asks for a prefix.
        var query = string.Join(" & ", words.Select(w => "'" + w + "':*"));
        var kindList = SearchTerms.KindList(kinds);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT d."Kind" AS "Kind", d."EntityId" AS "EntityId", ts_rank(d."SearchVector", q)::float8 AS "Score"
            FROM "SearchDocuments" AS d, to_tsquery('simple', {query}) AS q
            WHERE d."SearchVector" @@ q AND strpos({kindList}, ',' || d."Kind" || ',') > 0
            ORDER BY "Score" DESC, d."Kind", d."EntityId"
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit(Enum.Parse<SearchKind>(r.Kind), r.EntityId, r.Score)).ToList();
    }

    private sealed record Row(string Kind, int EntityId, double Score);
}
