namespace Tracker.Api.Links;

/// <summary>
/// What links to a jurisdiction: its bodies, the figures counted in it and the events held in it (pages, since a
/// state or the country gathers many, each filtered and sorted as its root list is) and the statements about it.
/// </summary>
[GraphQLType(TypeNames.Jurisdiction)]
public sealed class JurisdictionLinkResolvers(Connections connections, LinkLoaders links)
{
    public Connection<BodyModel> Bodies(
        [Parent] JurisdictionModel jurisdiction, int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order, CancellationToken cancellationToken) =>
        connections.Children<Body, BodyModel>(
            "Jurisdiction.bodies", jurisdiction.Key, b => b.JurisdictionId, m => m.JurisdictionKey, db => db.Bodies,
            BodyQueryMaps.Filters, BodyQueryMaps.Sorts, new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<IReadOnlyList<StatementModel>> Statements([Parent] JurisdictionModel jurisdiction) =>
        links.RecordsAsync(ReverseLinks.JurisdictionStatements, jurisdiction.Key, StatementQueryMaps.Records);

    public Connection<StatisticModel> Statistics(
        [Parent] JurisdictionModel jurisdiction, int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order, CancellationToken cancellationToken)
    {
        var args = new ConnectionArgs(first, after, last, before, where, order);
        return connections.Children<Statistic, StatisticModel>(
            "Jurisdiction.statistics", jurisdiction.Key, s => s.JurisdictionId!.Value, m => m.JurisdictionKey ?? 0,
            db => db.Statistics.Where(s => s.JurisdictionId != null), StatisticQueryMaps.Filters, StatisticQueryMaps.Sorts, args, cancellationToken);
    }

    /// <summary>Events held in the jurisdiction (their <c>jurisdiction</c>); those only aimed at it are found by their targets.</summary>
    public Connection<EventModel> Events(
        [Parent] JurisdictionModel jurisdiction, int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order, CancellationToken cancellationToken) =>
        connections.Children<Event, EventModel>(
            "Jurisdiction.events", jurisdiction.Key, e => e.JurisdictionId!.Value, m => m.JurisdictionKey ?? 0,
            db => db.Events.Where(e => e.JurisdictionId != null), EventQueryMaps.Filters, EventQueryMaps.Sorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);
}
