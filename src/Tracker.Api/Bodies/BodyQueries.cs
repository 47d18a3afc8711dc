namespace Tracker.Api.Bodies;

/// <summary>Query fields about public bodies.</summary>
[GraphQLType("Query")]
public sealed class BodyQueries(Connections connections, BodyLoaders loaders)
{
    public Connection<BodyModel> Bodies(
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Root<Body, BodyModel>(
            db => db.Bodies, BodyQueryMaps.Filters, BodyQueryMaps.Sorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<BodyModel?> Body(string slug) => loaders.BySlugAsync(slug);
}
