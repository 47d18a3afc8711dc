namespace Tracker.Api.Cases;

/// <summary>The fields of <c>DeportationCase</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.DeportationCase)]
public sealed class DeportationCaseResolvers(DeportationCaseLoaders loaders, JurisdictionLoaders jurisdictions, CitationLoaders citations)
{
    public Task<JurisdictionModel?> Jurisdiction([Parent] DeportationCaseModel model) =>
        References.LoadAsync(model.JurisdictionKey, jurisdictions.ByKeyAsync);

    public Task<IReadOnlyList<LetterModel>> Petitions([Parent] DeportationCaseModel model) =>
        loaders.PetitionsAsync(model.Key);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] DeportationCaseModel model) => citations.OfAsync(CitationOwner.DeportationCase, model.Key);
}
