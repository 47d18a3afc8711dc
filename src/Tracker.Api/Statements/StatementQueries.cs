namespace Tracker.Api.Statements;

/// <summary>Query fields about statements.</summary>
[GraphQLType("Query")]
public sealed class StatementQueries(Connections connections)
{
    public Connection<StatementModel> Statements([Arguments] ConnectionArgs args, CancellationToken cancellationToken) => connections.Root(StatementQueryMaps.Records, args, cancellationToken);
}
