namespace Tracker.Api.Links;

/// <summary>What a person said or did (the statements naming them as a speaker).</summary>
[GraphQLType(TypeNames.Person)]
public sealed class PersonLinkResolvers(LinkLoaders links)
{
    public Task<IReadOnlyList<StatementModel>> Statements([Parent] PersonModel person) => links.RecordsAsync(ReverseLinks.PersonStatements, person.Key, StatementQueryMaps.Records);
}
