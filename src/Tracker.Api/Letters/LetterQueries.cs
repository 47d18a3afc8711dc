namespace Tracker.Api.Letters;

/// <summary>Query fields about letters.</summary>
[GraphQLType("Query")]
public sealed class LetterQueries(Connections connections, LetterLoaders loaders)
{
    public Connection<LetterModel> Letters(
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Root<Letter, LetterModel>(
            db => db.Letters, LetterQueryMaps.Filters, LetterQueryMaps.Sorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<LetterModel?> Letter(string slug) => loaders.BySlugAsync(slug);
}
