namespace Tracker.Api.Letters;

/// <summary>The fields of <c>Letter</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Letter)]
public sealed class LetterResolvers(LetterLoaders loaders, SignatoryLoaders signatories, JurisdictionLoaders jurisdictions, Connections connections, CitationLoaders citations)
{
    public static string Id([Parent] LetterModel letter) => GlobalId.Encode(TypeNames.Letter, letter.Key);

    public async Task<IReadOnlyList<string>> Addressees([Parent] LetterModel letter) =>
        (await loaders.AddresseesAsync(letter.Key)).Where(a => a.Role == AddresseeRole.To).Select(a => a.Name).ToList();

    public async Task<IReadOnlyList<string>> Cc([Parent] LetterModel letter) =>
        (await loaders.AddresseesAsync(letter.Key)).Where(a => a.Role == AddresseeRole.Cc).Select(a => a.Name).ToList();

    public async Task<IReadOnlyList<OrganizationModel>> Organizers([Parent] LetterModel letter)
    {
        var keys = await loaders.OrganizerKeysAsync(letter.Key);
        var organizations = await Task.WhenAll(keys.Select(signatories.OrganizationAsync));
        return organizations.OfType<OrganizationModel>().ToList();
    }

    public async Task<IReadOnlyList<JurisdictionModel>> Targets([Parent] LetterModel letter)
    {
        var keys = await loaders.TargetKeysAsync(letter.Key);
        var targets = await Task.WhenAll(keys.Select(jurisdictions.ByKeyAsync));
        return targets.OfType<JurisdictionModel>().ToList();
    }

    public Task<int> SignatureCount([Parent] LetterModel letter) => loaders.SignatureCountAsync(letter.Key);

    public Connection<SignatureModel> Signatures(
        [Parent] LetterModel letter,
        int? first, string? after, int? last, string? before,
        IReadOnlyDictionary<string, object?>? where, IReadOnlyList<IReadOnlyDictionary<string, object?>>? order,
        CancellationToken cancellationToken) =>
        connections.Children<Signature, SignatureModel>(
            "Letter.signatures", letter.Key, s => s.LetterId, m => m.LetterKey,
            db => db.Signatures, SignatureQueryMaps.Filters, SignatureQueryMaps.SortsByPosition,
            new ConnectionArgs(first, after, last, before, where, order), cancellationToken);

    public Task<IReadOnlyList<StateSignatoryCount>> SignatoriesByState([Parent] LetterModel letter) => loaders.SignatoriesByStateAsync(letter.Key);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] LetterModel letter) => citations.OfAsync(CitationOwner.Letter, letter.Key);
}
