namespace Tracker.Api.Cases;

/// <summary>Query fields about people facing deportation.</summary>
[GraphQLType("Query")]
public sealed class DeportationCaseQueries(Connections connections)
{
    public Connection<DeportationCaseModel> DeportationCases([Arguments] ConnectionArgs args, CancellationToken cancellationToken) => connections.Root(DeportationCaseQueryMaps.Records, args, cancellationToken);
}
