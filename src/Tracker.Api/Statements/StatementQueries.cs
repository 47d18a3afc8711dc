namespace Tracker.Api.Statements;

/// <summary>Query fields about statements.</summary>
[GraphQLType("Query")]
public sealed class StatementQueries(Connections connections)
{
    public Connection<StatementModel> Statements(
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Root<Statement, StatementModel>(
            db => db.Statements, StatementQueryMaps.Filters, StatementQueryMaps.Sorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);
}
