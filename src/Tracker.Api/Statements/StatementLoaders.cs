namespace Tracker.Api.Statements;

/// <summary>The per-request loads of statements, batched.</summary>
public sealed class StatementLoaders(ModelLoader loader)
{
    public Task<StatementModel?> ByKeyAsync(int key) =>
        loader.ByKeyAsync<Statement, StatementModel, int>("Statement", key, db => db.Statements, s => s.Id, m => m.Key);

    /// <summary>Keys of the jurisdictions a statement concerns, by code.</summary>
    public Task<IReadOnlyList<int>> JurisdictionKeysAsync(int statementKey) =>
        loader.ListAsync<int>("Statement.jurisdictions", statementKey, async (db, keys, ct) =>
        {
            var rows = await db.Statements.Where(KeyPredicates.In<Statement, int>(s => s.Id, keys))
                .SelectMany(s => s.Jurisdictions, (s, j) => new { StatementId = s.Id, j.Id, j.Code }).ToListAsync(ct);
            return rows.GroupBy(r => r.StatementId).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => r.Id).ToList());
        });
}
