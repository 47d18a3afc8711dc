namespace Tracker.Api.Jurisdictions;

/// <summary>The fields of <c>Jurisdiction</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Jurisdiction)]
public sealed class JurisdictionResolvers(JurisdictionLoaders loaders, Connections connections, CitationLoaders citations)
{
    public Task<JurisdictionModel?> Parent([Parent] JurisdictionModel jurisdiction) =>
        References.LoadAsync(jurisdiction.ParentKey, loaders.ByKeyAsync);

    public Connection<JurisdictionModel> Children([Parent] JurisdictionModel jurisdiction, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(JurisdictionQueryMaps.Children, jurisdiction.Key, args, cancellationToken);

    /// <summary>Today's status is stored; another day's is computed by the dating rule, batched by day.</summary>
    public async Task<ParticipationStatus> Status([Parent] JurisdictionModel jurisdiction, DateOnly? asOf) =>
        (asOf ?? jurisdiction.AsOf) is { } day
            ? (await loaders.DecidingEventAsync(jurisdiction.Key, day))?.Status ?? ParticipationStatus.Unknown
            : jurisdiction.Status;

    public Task<StatusEventModel?> CurrentStatusEvent([Parent] JurisdictionModel jurisdiction, DateOnly? asOf) =>
        (asOf ?? jurisdiction.AsOf) is { } day ? loaders.DecidingEventAsync(jurisdiction.Key, day)
        : jurisdiction.CurrentStatusEventKey is { } key ? loaders.StatusEventAsync(key)
        : Task.FromResult<StatusEventModel?>(null);

    public Connection<StatusEventModel> StatusEvents([Parent] JurisdictionModel jurisdiction, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(JurisdictionQueryMaps.StatusEventsOf, jurisdiction.Key, args, cancellationToken);

    public Task<IReadOnlyList<LegislationModel>> Legislation([Parent] JurisdictionModel jurisdiction) => loaders.LegislationOfAsync(jurisdiction.Key);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] JurisdictionModel jurisdiction) => citations.OfAsync(CitationOwner.Jurisdiction, jurisdiction.Key);
}
