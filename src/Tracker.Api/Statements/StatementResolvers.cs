namespace Tracker.Api.Statements;

/// <summary>The fields of <c>Statement</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Statement)]
public sealed class StatementResolvers(
    StatementLoaders loaders, JurisdictionLoaders jurisdictions, LetterLoaders letters, EventLoaders events, ActorLoaders actors, CitationLoaders citations)
{
    public Task<IReadOnlyList<object>> Speakers([Parent] StatementModel model) => actors.OfAsync(ActorOwner.Statement, model.Key, ActorRole.Speaker);

    public Task<IReadOnlyList<object>> AddressedTo([Parent] StatementModel model) => actors.OfAsync(ActorOwner.Statement, model.Key, ActorRole.AddressedTo);

    public Task<IReadOnlyList<JurisdictionModel>> Jurisdictions([Parent] StatementModel model) =>
        loaders.JurisdictionsAsync(model.Key);

    public Task<LetterModel?> Letter([Parent] StatementModel model) => References.LoadAsync(model.LetterKey, letters.ByKeyAsync);

    public Task<LegislationModel?> Legislation([Parent] StatementModel model) =>
        References.LoadAsync(model.LegislationKey, jurisdictions.LegislationAsync);

    public Task<EventModel?> Event([Parent] StatementModel model) => References.LoadAsync(model.EventKey, events.ByKeyAsync);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] StatementModel model) => citations.OfAsync(CitationOwner.Statement, model.Key);
}
