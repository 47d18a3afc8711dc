namespace Tracker.Api.Cases;

/// <summary>The fields of <c>DeportationCase</c> that need more than the model's own properties.</summary>
[GraphQLType("DeportationCase")]
public sealed class DeportationCaseResolvers(DeportationCaseLoaders loaders, JurisdictionLoaders jurisdictions, LetterLoaders letters, CitationLoaders citations)
{
    public static string Id([Parent] DeportationCaseModel model) => GlobalId.Encode("DeportationCase", model.Key);

    public Task<JurisdictionModel?> Jurisdiction([Parent] DeportationCaseModel model) =>
        model.JurisdictionKey is { } key ? jurisdictions.ByKeyAsync(key) : Task.FromResult<JurisdictionModel?>(null);

    public async Task<IReadOnlyList<LetterModel>> Petitions([Parent] DeportationCaseModel model)
    {
        var keys = await loaders.PetitionKeysAsync(model.Key);
        var petitions = await Task.WhenAll(keys.Select(letters.ByKeyAsync));
        return petitions.OfType<LetterModel>().ToList();
    }

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] DeportationCaseModel model) => citations.OfAsync(CitationOwner.DeportationCase, model.Key);
}
