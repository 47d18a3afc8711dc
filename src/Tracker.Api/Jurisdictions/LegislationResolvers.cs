namespace Tracker.Api.Jurisdictions;

/// <summary>The fields of <c>Legislation</c> that follow references.</summary>
[GraphQLType(TypeNames.Legislation)]
public sealed class LegislationResolvers(JurisdictionLoaders loaders, CitationLoaders citations)
{
    public async Task<JurisdictionModel> Jurisdiction([Parent] LegislationModel legislation) =>
        (await loaders.ByKeyAsync(legislation.JurisdictionKey))!;

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] LegislationModel legislation) => citations.OfAsync(CitationOwner.Legislation, legislation.Key);
}
