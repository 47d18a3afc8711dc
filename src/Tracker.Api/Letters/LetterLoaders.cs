namespace Tracker.Api.Letters;

/// <summary>The per-request loads of letters, signatures and their aggregates, batched.</summary>
public sealed class LetterLoaders(ModelLoader loader)
{
    public Task<LetterModel?> ByKeyAsync(int key) => loader.ByKeyAsync(LetterQueryMaps.Records, key);

    public Task<LetterModel?> BySlugAsync(string slug) => loader.BySlugAsync(LetterQueryMaps.Records, slug);

    private static readonly KeyedLoad<Signature, SignatureModel, int> SignatureByKey = new(TypeNames.Signature, db => db.Signatures, s => s.Id, m => m.Key);
    private static readonly LinkedLoad<Letter, Organization, string> Organizers = new("Letter.organizers", db => db.Letters, l => l.Organizers, o => o.Name, StringComparer.Ordinal);
    private static readonly LinkedLoad<Letter, Jurisdiction, string> Targets = new("Letter.targets", db => db.Letters, l => l.Targets, j => j.Code, StringComparer.Ordinal);

    public Task<SignatureModel?> SignatureAsync(int key) => loader.ByKeyAsync(SignatureByKey, key);

    /// <summary>A letter's addressees and cc in their order: a compiled statement, kept until the data changes.</summary>
    public Task<IReadOnlyList<AddresseeModel>> AddresseesAsync(int letterKey) =>
        loader.GroupsAsync<int, AddresseeRow, AddresseeModel>(
            "Letter.addressees", letterKey, r => r.LetterId, (db, within) =>
                db.LetterAddressees.Where(KeyPredicates.Within<LetterAddressee, int>(a => a.LetterId, within))
                    .OrderBy(a => a.Position).ThenBy(a => a.Id)
                    .Select(a => new AddresseeRow(a.LetterId, a.Role, a.Name)),
            static rows => rows.Select(r => new AddresseeModel(r.Role, r.Name)).ToList());

    /// <summary>
    /// The sum of the letter's kept counts per state (see <see cref="LetterSignatoryCount"/>): no signature is read,
    /// and the same load as <see cref="SignatoriesByStateAsync"/>, so a request asking both reads the counts once.
    /// </summary>
    public async Task<int> SignatureCountAsync(int letterKey) => (await SignatoriesByStateAsync(letterKey)).Sum(c => c.Count);

    /// <summary>The letter's kept counts per state (see <see cref="LetterSignatoryCount"/>), most signatories first.</summary>
    public Task<IReadOnlyList<StateSignatoryCount>> SignatoriesByStateAsync(int letterKey) =>
        loader.GroupsAsync<int, SignatoryCountRow, StateSignatoryCount>(
            "Letter.signatoryCounts", letterKey, r => r.LetterId, (db, within) =>
                db.LetterSignatoryCounts.Where(KeyPredicates.Within<LetterSignatoryCount, int>(c => c.LetterId, within))
                    .Select(c => new SignatoryCountRow(c.LetterId, c.State, c.Count)),
            static rows => rows
                .Select(r => new StateSignatoryCount(r.State == LetterSignatoryCount.NoState ? null : r.State, r.Count))
                .OrderByDescending(r => r.Count).ThenBy(r => r.State is null).ThenBy(r => r.State, StringComparer.Ordinal).ToList());

    /// <summary>One addressee of one letter, as the statement reads it.</summary>
    private sealed record AddresseeRow(int LetterId, AddresseeRole Role, string Name);

    /// <summary>One letter's kept count for one state (<see cref="LetterSignatoryCount.NoState"/> for signers without one).</summary>
    private sealed record SignatoryCountRow(int LetterId, string State, int Count);

    /// <summary>A letter's organisers, by name.</summary>
    public Task<IReadOnlyList<OrganizationModel>> OrganizersAsync(int letterKey) =>
        loader.LinkedAsync<Letter, Organization, OrganizationModel, string>(Organizers, letterKey);

    /// <summary>The jurisdictions a letter targets, by code.</summary>
    public Task<IReadOnlyList<JurisdictionModel>> TargetsAsync(int letterKey) =>
        loader.LinkedAsync<Letter, Jurisdiction, JurisdictionModel, string>(Targets, letterKey);
}
