namespace Tracker.Api.Links;

/// <summary>What an organisation said or did (the statements naming it as a speaker).</summary>
[GraphQLType(TypeNames.Organization)]
public sealed class OrganizationLinkResolvers(LinkLoaders links)
{
    public Task<IReadOnlyList<StatementModel>> Statements([Parent] OrganizationModel organization) =>
        links.RecordsAsync(ReverseLinks.OrganizationStatements, organization.Key, StatementQueryMaps.Records);
}
