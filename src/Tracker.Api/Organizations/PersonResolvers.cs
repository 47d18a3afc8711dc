namespace Tracker.Api.Organizations;

/// <summary>The fields of <c>Person</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Person)]
public sealed class PersonResolvers(SignatoryLoaders loaders, Connections connections, CitationLoaders citations)
{
    public static string Id([Parent] PersonModel person) => GlobalId.Encode(TypeNames.Person, person.Key);

    public Task<OrganizationModel?> Organization([Parent] PersonModel person) =>
        person.OrganizationKey is { } key ? loaders.OrganizationAsync(key) : Task.FromResult<OrganizationModel?>(null);

    public Connection<SignatureModel> Signatures(
        [Parent] PersonModel person,
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Children<Signature, SignatureModel>(
            "Person.signatures", person.Key, s => s.PersonId!.Value, m => m.PersonKey ?? 0,
            db => db.Signatures.Where(s => s.PersonId != null), SignatureQueryMaps.Filters, SignatureQueryMaps.SortsBySignatory,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] PersonModel person) => citations.OfAsync(CitationOwner.Person, person.Key);
}
