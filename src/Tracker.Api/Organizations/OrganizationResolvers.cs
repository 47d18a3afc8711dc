namespace Tracker.Api.Organizations;

/// <summary>The fields of <c>Organization</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Organization)]
public sealed class OrganizationResolvers(SignatoryLoaders loaders, Connections connections, CitationLoaders citations, LinkLoaders links)
{
    public Task<OrganizationModel?> Parent([Parent] OrganizationModel organization) =>
        References.LoadAsync(organization.ParentKey, loaders.OrganizationAsync);

    public Connection<SignatureModel> Signatures([Parent] OrganizationModel organization, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(SignatureQueryMaps.OfOrganization, organization.Key, args, cancellationToken);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] OrganizationModel organization) => citations.OfAsync(CitationOwner.Organization, organization.Key);

    public Task<IReadOnlyList<StatementModel>> Statements([Parent] OrganizationModel organization) =>
        links.RecordsAsync(ReverseLinks.OrganizationStatements, organization.Key, StatementQueryMaps.Records);
}
