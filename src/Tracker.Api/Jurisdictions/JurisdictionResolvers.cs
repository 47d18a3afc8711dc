namespace Tracker.Api.Jurisdictions;

/// <summary>The fields of <c>Jurisdiction</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Jurisdiction)]
public sealed class JurisdictionResolvers(JurisdictionLoaders loaders, Connections connections, CitationLoaders citations, DayStatusReader days, LinkLoaders links)
{
    public Task<JurisdictionModel?> Parent([Parent] JurisdictionModel jurisdiction) =>
        References.LoadAsync(jurisdiction.ParentKey, loaders.ByKeyAsync);

    public Connection<JurisdictionModel> Children([Parent] JurisdictionModel jurisdiction, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(JurisdictionQueryMaps.Children, jurisdiction.Key, args, cancellationToken);

    /// <summary>
    /// Today's status is stored; another day's is computed by the dating rule: for a node of
    /// <c>jurisdictions(asOf:)</c> from that day's statuses the list has read (<see cref="DayStatusReader"/>), for a
    /// day given here by the deciding-event loader, batched by day.
    /// </summary>
    public async Task<ParticipationStatus> Status([Parent] JurisdictionModel jurisdiction, DateOnly? asOf, CancellationToken cancellationToken) =>
        asOf is { } day ? (await loaders.DecidingEventAsync(jurisdiction.Key, day))?.Status ?? ParticipationStatus.Unknown
        : jurisdiction.AsOf is { } listDay ? (await days.OnAsync(listDay, cancellationToken)).StatusOf(jurisdiction.Key)
        : jurisdiction.Status;

    public async Task<StatusEventModel?> CurrentStatusEvent([Parent] JurisdictionModel jurisdiction, DateOnly? asOf, CancellationToken cancellationToken) =>
        asOf is { } day ? await loaders.DecidingEventAsync(jurisdiction.Key, day)
        : jurisdiction.AsOf is { } listDay ? await EventOnAsync(await days.OnAsync(listDay, cancellationToken), jurisdiction.Key)
        : await EventAsync(jurisdiction.CurrentStatusEventKey);

    /// <summary>The day's deciding event: at hand when the day's statuses came from the kept record, else loaded by key.</summary>
    private async Task<StatusEventModel?> EventOnAsync(StatusesOnDay statuses, int jurisdictionKey) =>
        statuses.EventOf(jurisdictionKey) ?? await EventAsync(statuses.EventKeyOf(jurisdictionKey));

    private Task<StatusEventModel?> EventAsync(int? key) => key is { } k ? loaders.StatusEventAsync(k) : Task.FromResult<StatusEventModel?>(null);

    public Connection<StatusEventModel> StatusEvents([Parent] JurisdictionModel jurisdiction, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(JurisdictionQueryMaps.StatusEventsOf, jurisdiction.Key, args, cancellationToken);

    public Task<IReadOnlyList<LegislationModel>> Legislation([Parent] JurisdictionModel jurisdiction) => loaders.LegislationOfAsync(jurisdiction.Key);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] JurisdictionModel jurisdiction) => citations.OfAsync(CitationOwner.Jurisdiction, jurisdiction.Key);

    // What links to it: its bodies, the figures counted in it and the events held in it (pages, since a state or the
    // country gathers many, each filtered and sorted as its root list is) and the statements about it.
    public Connection<BodyModel> Bodies([Parent] JurisdictionModel jurisdiction, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(BodyQueryMaps.OfJurisdiction, jurisdiction.Key, args, cancellationToken);

    public Connection<StatisticModel> Statistics([Parent] JurisdictionModel jurisdiction, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(StatisticQueryMaps.OfJurisdiction, jurisdiction.Key, args, cancellationToken);

    public Connection<EventModel> Events([Parent] JurisdictionModel jurisdiction, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(EventQueryMaps.OfJurisdiction, jurisdiction.Key, args, cancellationToken);

    public Task<IReadOnlyList<StatementModel>> Statements([Parent] JurisdictionModel jurisdiction) =>
        links.RecordsAsync(ReverseLinks.JurisdictionStatements, jurisdiction.Key, StatementQueryMaps.Records);
}
