namespace Tracker.Api.Links;

/// <summary>What links to a letter: the cases it petitions for, its events and the statements made in it.</summary>
[GraphQLType(TypeNames.Letter)]
public sealed class LetterLinkResolvers(LinkLoaders links)
{
    public Task<IReadOnlyList<DeportationCaseModel>> Cases([Parent] LetterModel letter) => links.RecordsAsync(ReverseLinks.LetterCases, letter.Key, DeportationCaseQueryMaps.Records);

    public Task<IReadOnlyList<EventModel>> Events([Parent] LetterModel letter) => links.RecordsAsync(ReverseLinks.LetterEvents, letter.Key, EventQueryMaps.Records);

    public Task<IReadOnlyList<StatementModel>> Statements([Parent] LetterModel letter) => links.RecordsAsync(ReverseLinks.LetterStatements, letter.Key, StatementQueryMaps.Records);
}
