namespace Tracker.Api.Jurisdictions;

/// <summary>The fields of <c>StatusEvent</c> that follow references.</summary>
[GraphQLType(TypeNames.StatusEvent)]
public sealed class StatusEventResolvers(JurisdictionLoaders loaders, CitationLoaders citations)
{
    public async Task<JurisdictionModel> Jurisdiction([Parent] StatusEventModel statusEvent) =>
        (await loaders.ByKeyAsync(statusEvent.JurisdictionKey))!;

    public Task<LegislationModel?> Legislation([Parent] StatusEventModel statusEvent) =>
        References.LoadAsync(statusEvent.LegislationKey, loaders.LegislationAsync);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] StatusEventModel statusEvent) => citations.OfAsync(CitationOwner.StatusEvent, statusEvent.Key);
}
