namespace Tracker.Api.Statements;

/// <summary>The per-request loads of statements, batched.</summary>
public sealed class StatementLoaders(ModelLoader loader)
{
    public Task<StatementModel?> ByKeyAsync(int key) => loader.ByKeyAsync(StatementQueryMaps.Records, key);

    private static readonly LinkedLoad<Statement, Jurisdiction, string> Jurisdictions = new("Statement.jurisdictions", db => db.Statements, s => s.Jurisdictions, j => j.Code, StringComparer.Ordinal);

    /// <summary>The jurisdictions a statement concerns, by code.</summary>
    public Task<IReadOnlyList<JurisdictionModel>> JurisdictionsAsync(int statementKey) =>
        loader.LinkedAsync<Statement, Jurisdiction, JurisdictionModel, string>(Jurisdictions, statementKey);
}
