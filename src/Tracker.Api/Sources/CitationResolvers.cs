namespace Tracker.Api.Sources;

/// <summary>The source a citation names.</summary>
[GraphQLType(TypeNames.Citation)]
public sealed class CitationResolvers(CitationLoaders loaders)
{
    public async Task<SourceModel> Source([Parent] CitationModel citation) => citation.ReadSource ?? (await loaders.SourceAsync(citation.SourceKey))!;
}
