namespace Tracker.Api.Statements;

/// <summary>The per-request loads of statements, batched.</summary>
public sealed class StatementLoaders(ModelLoader loader)
{
    public Task<StatementModel?> ByKeyAsync(int key) => loader.ByKeyAsync(StatementQueryMaps.Records, key);

    /// <summary>Keys of the jurisdictions a statement concerns, by code.</summary>
    public Task<IReadOnlyList<int>> JurisdictionKeysAsync(int statementKey) =>
        loader.LinkedKeysAsync("Statement.jurisdictions", statementKey, db => db.Statements, s => s.Jurisdictions, j => j.Code, StringComparer.Ordinal);
}
