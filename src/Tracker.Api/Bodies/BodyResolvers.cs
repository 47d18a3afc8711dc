namespace Tracker.Api.Bodies;

/// <summary>The fields of <c>Body</c> that need more than the model's own properties.</summary>
[GraphQLType("Body")]
public sealed class BodyResolvers(BodyLoaders loaders, JurisdictionLoaders jurisdictions, CitationLoaders citations)
{
    public static string Id([Parent] BodyModel model) => GlobalId.Encode("Body", model.Key);

    public async Task<JurisdictionModel> Jurisdiction([Parent] BodyModel model) =>
        await jurisdictions.ByKeyAsync(model.JurisdictionKey) ?? throw new InvalidOperationException($"Body {model.Key} names a jurisdiction that is missing.");

    public Task<BodyModel?> Parent([Parent] BodyModel model) =>
        model.ParentKey is { } key ? loaders.ByKeyAsync(key) : Task.FromResult<BodyModel?>(null);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] BodyModel model) => citations.OfAsync(CitationOwner.Body, model.Key);
}
