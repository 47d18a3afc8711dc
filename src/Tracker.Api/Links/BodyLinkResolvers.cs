namespace Tracker.Api.Links;

/// <summary>What links to a public body: its parts, its officials and what it said or did.</summary>
[GraphQLType(TypeNames.Body)]
public sealed class BodyLinkResolvers(LinkLoaders links)
{
    public Task<IReadOnlyList<BodyModel>> Children([Parent] BodyModel body) => links.RecordsAsync(ReverseLinks.BodyChildren, body.Key, BodyQueryMaps.Records);

    public Task<IReadOnlyList<PersonModel>> People([Parent] BodyModel body) => links.RecordsAsync(ReverseLinks.BodyPeople, body.Key, SignatoryQueryMaps.People);

    public Task<IReadOnlyList<StatementModel>> Statements([Parent] BodyModel body) => links.RecordsAsync(ReverseLinks.BodyStatements, body.Key, StatementQueryMaps.Records);
}
