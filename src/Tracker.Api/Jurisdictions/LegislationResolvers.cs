namespace Tracker.Api.Jurisdictions;

/// <summary>The fields of <c>Legislation</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Legislation)]
public sealed class LegislationResolvers(JurisdictionLoaders loaders, CitationLoaders citations, ActorLoaders actors)
{
    public async Task<JurisdictionModel> Jurisdiction([Parent] LegislationModel legislation) =>
        (await loaders.ByKeyAsync(legislation.JurisdictionKey))!;

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] LegislationModel legislation) => citations.OfAsync(CitationOwner.Legislation, legislation.Key);

    // Who introduced, decided, supported and opposed it (the Actor union, in printed order), a field per role.
    public Task<IReadOnlyList<object>> Sponsors([Parent] LegislationModel legislation) => Playing(legislation, ActorRole.Sponsor);

    public Task<IReadOnlyList<object>> Actors([Parent] LegislationModel legislation) => Playing(legislation, ActorRole.Actor);

    public Task<IReadOnlyList<object>> Supporters([Parent] LegislationModel legislation) => Playing(legislation, ActorRole.Supporter);

    public Task<IReadOnlyList<object>> Opponents([Parent] LegislationModel legislation) => Playing(legislation, ActorRole.Opponent);

    private Task<IReadOnlyList<object>> Playing(LegislationModel legislation, ActorRole role) => actors.OfAsync(ActorOwner.Legislation, legislation.Key, role);
}
