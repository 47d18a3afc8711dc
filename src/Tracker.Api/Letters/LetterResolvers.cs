namespace Tracker.Api.Letters;

/// <summary>The fields of <c>Letter</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Letter)]
public sealed class LetterResolvers(LetterLoaders loaders, Connections connections, CitationLoaders citations, LinkLoaders links)
{
    public async Task<IReadOnlyList<string>> Addressees([Parent] LetterModel letter) =>
        (await loaders.AddresseesAsync(letter.Key)).Where(a => a.Role == AddresseeRole.To).Select(a => a.Name).ToList();

    public async Task<IReadOnlyList<string>> Cc([Parent] LetterModel letter) =>
        (await loaders.AddresseesAsync(letter.Key)).Where(a => a.Role == AddresseeRole.Cc).Select(a => a.Name).ToList();

    public Task<IReadOnlyList<OrganizationModel>> Organizers([Parent] LetterModel letter) =>
        loaders.OrganizersAsync(letter.Key);

    public Task<IReadOnlyList<JurisdictionModel>> Targets([Parent] LetterModel letter) =>
        loaders.TargetsAsync(letter.Key);

    public Task<int> SignatureCount([Parent] LetterModel letter) => loaders.SignatureCountAsync(letter.Key);

    public Connection<SignatureModel> Signatures([Parent] LetterModel letter, [Arguments] ConnectionArgs args, CancellationToken cancellationToken) =>
        connections.Children(SignatureQueryMaps.OfLetter, letter.Key, args, cancellationToken);

    public Task<IReadOnlyList<StateSignatoryCount>> SignatoriesByState([Parent] LetterModel letter) => loaders.SignatoriesByStateAsync(letter.Key);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] LetterModel letter) => citations.OfAsync(CitationOwner.Letter, letter.Key);

    public Task<IReadOnlyList<DeportationCaseModel>> Cases([Parent] LetterModel letter) => links.RecordsAsync(ReverseLinks.LetterCases, letter.Key, DeportationCaseQueryMaps.Records);

    public Task<IReadOnlyList<EventModel>> Events([Parent] LetterModel letter) => links.RecordsAsync(ReverseLinks.LetterEvents, letter.Key, EventQueryMaps.Records);

    public Task<IReadOnlyList<StatementModel>> Statements([Parent] LetterModel letter) => links.RecordsAsync(ReverseLinks.LetterStatements, letter.Key, StatementQueryMaps.Records);
}
