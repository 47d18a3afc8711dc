namespace Tracker.Api.Statements;

/// <summary>The fields of <c>Statement</c> that need more than the model's own properties.</summary>
[GraphQLType("Statement")]
public sealed class StatementResolvers(
    StatementLoaders loaders, JurisdictionLoaders jurisdictions, LetterLoaders letters, EventLoaders events, ActorLoaders actors, CitationLoaders citations)
{
    public static string Id([Parent] StatementModel model) => GlobalId.Encode("Statement", model.Key);

    public Task<IReadOnlyList<object>> Speakers([Parent] StatementModel model) => actors.OfAsync(ActorOwner.Statement, model.Key, ActorRole.Speaker);

    public Task<IReadOnlyList<object>> AddressedTo([Parent] StatementModel model) => actors.OfAsync(ActorOwner.Statement, model.Key, ActorRole.AddressedTo);

    public async Task<IReadOnlyList<JurisdictionModel>> Jurisdictions([Parent] StatementModel model)
    {
        var keys = await loaders.JurisdictionKeysAsync(model.Key);
        var found = await Task.WhenAll(keys.Select(jurisdictions.ByKeyAsync));
        return found.OfType<JurisdictionModel>().ToList();
    }

    public Task<LetterModel?> Letter([Parent] StatementModel model) =>
        model.LetterKey is { } key ? letters.ByKeyAsync(key) : Task.FromResult<LetterModel?>(null);

    public Task<LegislationModel?> Legislation([Parent] StatementModel model) =>
        model.LegislationKey is { } key ? jurisdictions.LegislationAsync(key) : Task.FromResult<LegislationModel?>(null);

    public Task<EventModel?> Event([Parent] StatementModel model) =>
        model.EventKey is { } key ? events.ByKeyAsync(key) : Task.FromResult<EventModel?>(null);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] StatementModel model) => citations.OfAsync(CitationOwner.Statement, model.Key);
}
