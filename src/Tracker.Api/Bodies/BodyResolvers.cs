namespace Tracker.Api.Bodies;

/// <summary>The fields of <c>Body</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Body)]
public sealed class BodyResolvers(BodyLoaders loaders, JurisdictionLoaders jurisdictions, CitationLoaders citations, LinkLoaders links)
{
    public async Task<JurisdictionModel> Jurisdiction([Parent] BodyModel model) =>
        await jurisdictions.ByKeyAsync(model.JurisdictionKey) ?? throw new InvalidOperationException($"Body {model.Key} names a jurisdiction that is missing.");

    public Task<BodyModel?> Parent([Parent] BodyModel model) => References.LoadAsync(model.ParentKey, loaders.ByKeyAsync);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] BodyModel model) => citations.OfAsync(CitationOwner.Body, model.Key);

    public Task<IReadOnlyList<BodyModel>> Children([Parent] BodyModel model) => links.RecordsAsync(ReverseLinks.BodyChildren, model.Key, BodyQueryMaps.Records);

    public Task<IReadOnlyList<PersonModel>> People([Parent] BodyModel model) => links.RecordsAsync(ReverseLinks.BodyPeople, model.Key, SignatoryQueryMaps.People);

    public Task<IReadOnlyList<StatementModel>> Statements([Parent] BodyModel model) => links.RecordsAsync(ReverseLinks.BodyStatements, model.Key, StatementQueryMaps.Records);
}
