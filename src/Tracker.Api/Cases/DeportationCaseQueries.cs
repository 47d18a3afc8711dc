namespace Tracker.Api.Cases;

/// <summary>Query fields about people facing deportation.</summary>
[GraphQLType("Query")]
public sealed class DeportationCaseQueries(Connections connections)
{
    public Connection<DeportationCaseModel> DeportationCases(
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Root<DeportationCase, DeportationCaseModel>(
            db => db.DeportationCases, DeportationCaseQueryMaps.Filters, DeportationCaseQueryMaps.Sorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);
}
