namespace Tracker.Api.Organizations;

/// <summary>Query fields about organisations and people.</summary>
[GraphQLType("Query")]
public sealed class SignatoryQueries(Connections connections, SignatoryLoaders loaders)
{
    public Connection<OrganizationModel> Organizations(
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Root<Organization, OrganizationModel>(
            db => db.Organizations, SignatoryQueryMaps.OrganizationFilters, SignatoryQueryMaps.OrganizationSorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<OrganizationModel?> Organization(string slug) => loaders.OrganizationBySlugAsync(slug);

    public Connection<PersonModel> People(
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Root<Person, PersonModel>(
            db => db.People, SignatoryQueryMaps.PersonFilters, SignatoryQueryMaps.PersonSorts,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<PersonModel?> Person(string slug) => loaders.PersonBySlugAsync(slug);
}
