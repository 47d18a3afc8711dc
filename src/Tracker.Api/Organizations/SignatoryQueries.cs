namespace Tracker.Api.Organizations;

/// <summary>Query fields about organisations and people.</summary>
[GraphQLType("Query")]
public sealed class SignatoryQueries(Connections connections, SignatoryLoaders loaders)
{
    public Connection<OrganizationModel> Organizations([Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Root(SignatoryQueryMaps.Organizations, args, cancellationToken);

    public Task<OrganizationModel?> Organization(string slug) => loaders.OrganizationBySlugAsync(slug);

    public Connection<PersonModel> People([Arguments] ConnectionArgs args, CancellationToken cancellationToken) => connections.Root(SignatoryQueryMaps.People, args, cancellationToken);

    public Task<PersonModel?> Person(string slug) => loaders.PersonBySlugAsync(slug);
}
