namespace Tracker.Api.Letters;

/// <summary>Query fields about letters.</summary>
[GraphQLType("Query")]
public sealed class LetterQueries(Connections connections, LetterLoaders loaders)
{
    public Connection<LetterModel> Letters([Arguments] ConnectionArgs args, CancellationToken cancellationToken) => connections.Root(LetterQueryMaps.Records, args, cancellationToken);

    public Task<LetterModel?> Letter(string slug) => loaders.BySlugAsync(slug);
}
