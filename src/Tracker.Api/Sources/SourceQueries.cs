namespace Tracker.Api.Sources;

/// <summary>The <c>sources</c> list.</summary>
[GraphQLType("Query")]
public sealed class SourceQueries(Connections connections)
{
    private static readonly FilterMap<Source> NoFilters = new();
    private static readonly SortMap<Source> ByTitle = new(s => s.Id, [SortKey<Source>.Ascending(s => s.Title)]);

    public Connection<SourceModel> Sources([Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Root<Source, SourceModel>(db => db.Sources, NoFilters, ByTitle, args, cancellationToken);
}
