namespace Tracker.Api.Statistics;

/// <summary>Query fields about statistics.</summary>
[GraphQLType("Query")]
public sealed class StatisticQueries(Connections connections)
{
    public Connection<StatisticModel> Statistics(
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Root<Statistic, StatisticModel>(
            db => db.Statistics, StatisticQueryMaps.Filters, StatisticQueryMaps.Sorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);
}
