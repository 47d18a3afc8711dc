namespace Tracker.Api.Sources;

/// <summary>The <c>sources</c> list.</summary>
[GraphQLType("Query")]
public sealed class SourceQueries(Connections connections)
{
    private static readonly FilterMap<Source> NoFilters = new();
    private static readonly SortMap<Source> ByTitle = new(s => s.Id, [((System.Linq.Expressions.Expression<Func<Source, string>>)(s => s.Title), false)]);

    public Connection<SourceModel> Sources(int? first, string? after, int? last, string? before, CancellationToken cancellationToken) =>
        connections.Root<Source, SourceModel>(db => db.Sources, NoFilters, ByTitle, new ConnectionArgs(first, after, last, before), cancellationToken);
}
