namespace Tracker.Api.Organizations;

/// <summary>The fields of <c>Organization</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Organization)]
public sealed class OrganizationResolvers(SignatoryLoaders loaders, Connections connections, CitationLoaders citations)
{
    public static string Id([Parent] OrganizationModel organization) => GlobalId.Encode(TypeNames.Organization, organization.Key);

    public Task<OrganizationModel?> Parent([Parent] OrganizationModel organization) =>
        organization.ParentKey is { } key ? loaders.OrganizationAsync(key) : Task.FromResult<OrganizationModel?>(null);

    public Connection<SignatureModel> Signatures(
        [Parent] OrganizationModel organization,
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Children<Signature, SignatureModel>(
            "Organization.signatures", organization.Key, s => s.OrganizationId!.Value, m => m.OrganizationKey ?? 0,
            db => db.Signatures.Where(s => s.OrganizationId != null), SignatureQueryMaps.Filters, SignatureQueryMaps.SortsBySignatory,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] OrganizationModel organization) => citations.OfAsync(CitationOwner.Organization, organization.Key);
}
