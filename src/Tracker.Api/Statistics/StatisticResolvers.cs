namespace Tracker.Api.Statistics;

/// <summary>The fields of <c>Statistic</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Statistic)]
public sealed class StatisticResolvers(JurisdictionLoaders jurisdictions, StatementLoaders statements, LetterLoaders letters, ActorLoaders actors, CitationLoaders citations)
{
    public Task<JurisdictionModel?> Jurisdiction([Parent] StatisticModel model) =>
        References.LoadAsync(model.JurisdictionKey, jurisdictions.ByKeyAsync);

    public Task<StatementModel?> Statement([Parent] StatisticModel model) => References.LoadAsync(model.StatementKey, statements.ByKeyAsync);

    public Task<LetterModel?> Letter([Parent] StatisticModel model) => References.LoadAsync(model.LetterKey, letters.ByKeyAsync);

    public Task<IReadOnlyList<object>> AttributedTo([Parent] StatisticModel model) => actors.OfAsync(ActorOwner.Statistic, model.Key, ActorRole.AttributedTo);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] StatisticModel model) => citations.OfAsync(CitationOwner.Statistic, model.Key);
}
