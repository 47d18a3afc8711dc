namespace Tracker.Api.Statistics;

/// <summary>The fields of <c>Statistic</c> that need more than the model's own properties.</summary>
[GraphQLType("Statistic")]
public sealed class StatisticResolvers(JurisdictionLoaders jurisdictions, StatementLoaders statements, LetterLoaders letters, ActorLoaders actors, CitationLoaders citations)
{
    public static string Id([Parent] StatisticModel model) => GlobalId.Encode("Statistic", model.Key);

    public Task<JurisdictionModel?> Jurisdiction([Parent] StatisticModel model) =>
        model.JurisdictionKey is { } key ? jurisdictions.ByKeyAsync(key) : Task.FromResult<JurisdictionModel?>(null);

    public Task<StatementModel?> Statement([Parent] StatisticModel model) =>
        model.StatementKey is { } key ? statements.ByKeyAsync(key) : Task.FromResult<StatementModel?>(null);

    public Task<LetterModel?> Letter([Parent] StatisticModel model) =>
        model.LetterKey is { } key ? letters.ByKeyAsync(key) : Task.FromResult<LetterModel?>(null);

    public Task<IReadOnlyList<object>> AttributedTo([Parent] StatisticModel model) => actors.OfAsync(ActorOwner.Statistic, model.Key, ActorRole.AttributedTo);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] StatisticModel model) => citations.OfAsync(CitationOwner.Statistic, model.Key);
}
