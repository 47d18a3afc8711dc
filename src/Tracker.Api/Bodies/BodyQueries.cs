namespace Tracker.Api.Bodies;

/// <summary>Query fields about public bodies.</summary>
[GraphQLType("Query")]
public sealed class BodyQueries(Connections connections, BodyLoaders loaders)
{
    public Connection<BodyModel> Bodies([Arguments] ConnectionArgs args, CancellationToken cancellationToken) => connections.Root(BodyQueryMaps.Records, args, cancellationToken);

    public Task<BodyModel?> Body(string slug) => loaders.BySlugAsync(slug);
}
