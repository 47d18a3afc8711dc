namespace Tracker.Api.Letters;

/// <summary>
/// The signatories a batch of rows could mean, indexed by normalised name, alias and acronym
/// (<see cref="SignatoryMatcher.LoadAsync"/> fills it; signatories the batch creates are added as they are made, so
/// a later row finds them exactly as it would find them in the database). Matches come in the order the database
/// would give them: existing records by id, then new ones in the order they were made.
/// </summary>
public sealed class SignatoryIndex
{
    private readonly Dictionary<string, List<Organization>> _organizationsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Organization>> _organizationsByAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _peopleByName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _created = new(ReferenceEqualityComparer.Instance);

    public SignatoryMatch Find(SignatureRowInput row)
    {
        var name = SignatoryMatcher.NameKey(row);
        if (row.Kind == SignatoryKind.Person)
        {
            return new SignatoryMatch([], InOrder(_peopleByName.GetValueOrDefault(name) ?? []));
        }
        IEnumerable<Organization> found = _organizationsByName.GetValueOrDefault(name) ?? [];
        if (SignatoryMatcher.AcronymKey(row) is { } acronym && _organizationsByAcronym.TryGetValue(acronym, out var byAcronym))
        {
            found = found.Concat(byAcronym).Distinct(ReferenceEqualityComparer.Instance).Cast<Organization>();
        }
        return new SignatoryMatch(InOrder(found), []);
    }

    public void Add(Organization organization)
    {
        AddTo(_organizationsByName, organization.NormalizedName, organization);
        if ((organization.NormalizedAcronym ?? NameNormalizer.AcronymKey(organization.Acronym)) is { } acronym)
        {
            AddTo(_organizationsByAcronym, acronym, organization);
        }
    }

    public void AddAlias(Organization organization, string normalizedAlias) => AddTo(_organizationsByName, normalizedAlias, organization);

    public void Add(Person person) => AddTo(_peopleByName, person.NormalizedName, person);

    /// <summary>A signatory the batch made (not saved yet, so without an id): it sorts after every existing one.</summary>
    public void AddCreated(object signatory)
    {
        _created[signatory] = _created.Count;
        switch (signatory)
        {
            case Organization organization:
                Add(organization);
                break;
            case Person person:
                Add(person);
                break;
        }
    }

    private List<T> InOrder<T>(IEnumerable<T> signatories)
        where T : Tracked =>
        signatories.OrderBy(s => _created.TryGetValue(s, out var order) ? (1, order) : (0, s.Id)).ToList();

    private static void AddTo<T>(Dictionary<string, List<T>> index, string key, T signatory)
        where T : class
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Any(s => ReferenceEquals(s, signatory)))
        {
            list.Add(signatory);
        }
    }
}
