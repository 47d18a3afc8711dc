namespace Tracker.Api.Statistics;

/// <summary>Query fields about statistics.</summary>
[GraphQLType("Query")]
public sealed class StatisticQueries(Connections connections)
{
    public Connection<StatisticModel> Statistics([Arguments] ConnectionArgs args, CancellationToken cancellationToken) => connections.Root(StatisticQueryMaps.Records, args, cancellationToken);
}
