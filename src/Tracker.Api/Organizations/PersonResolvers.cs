namespace Tracker.Api.Organizations;

/// <summary>The fields of <c>Person</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Person)]
public sealed class PersonResolvers(SignatoryLoaders loaders, BodyLoaders bodies, Connections connections, CitationLoaders citations, LinkLoaders links)
{
    public Task<OrganizationModel?> Organization([Parent] PersonModel person) =>
        References.LoadAsync(person.OrganizationKey, loaders.OrganizationAsync);

    public Task<BodyModel?> Body([Parent] PersonModel person) => References.LoadAsync(person.BodyKey, bodies.ByKeyAsync);

    public Connection<SignatureModel> Signatures([Parent] PersonModel person, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(SignatureQueryMaps.OfPerson, person.Key, args, cancellationToken);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] PersonModel person) => citations.OfAsync(CitationOwner.Person, person.Key);

    public Task<IReadOnlyList<StatementModel>> Statements([Parent] PersonModel person) => links.RecordsAsync(ReverseLinks.PersonStatements, person.Key, StatementQueryMaps.Records);
}
