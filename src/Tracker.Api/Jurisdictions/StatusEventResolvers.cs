namespace Tracker.Api.Jurisdictions;

/// <summary>The fields of <c>StatusEvent</c> that follow references.</summary>
[GraphQLType(TypeNames.StatusEvent)]
public sealed class StatusEventResolvers(JurisdictionLoaders loaders, CitationLoaders citations, StatusRecordCache record)
{
    /// <summary>From the kept record when the event came from it (the timeline's), else read by key.</summary>
    /// <remarks>A value task: a timeline's events are all kept, and a task apiece was one more object per event.</remarks>
    public ValueTask<JurisdictionModel> Jurisdiction([Parent] StatusEventModel statusEvent) =>
        record.KeptJurisdictionOf(statusEvent) is { } kept ? new(kept) : new(ReadAsync(statusEvent.JurisdictionKey));

    private async Task<JurisdictionModel> ReadAsync(int jurisdictionKey) => (await loaders.ByKeyAsync(jurisdictionKey))!;

    public Task<LegislationModel?> Legislation([Parent] StatusEventModel statusEvent) =>
        References.LoadAsync(statusEvent.LegislationKey, loaders.LegislationAsync);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] StatusEventModel statusEvent) => citations.OfAsync(CitationOwner.StatusEvent, statusEvent.Key);
}
