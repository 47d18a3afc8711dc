namespace Tracker.Api.Organizations;

/// <summary>The schema's OrganizationFilter/Sort and PersonFilter/Sort, mapped onto the entities.</summary>
internal static class SignatoryQueryMaps
{
    public static FilterMap<Organization> OrganizationFilters { get; } = new FilterMap<Organization>()
        .Named("name", "acronym", "kind", "city", "state")
        .AnyString("alias", o => o.Aliases, a => a.Name)
        .Custom<string>("signed", slug => o => o.Signatures.Any(s => s.Letter.Slug == slug));

    // Names sort as people read them (case and accents aside: "ADC" after "Action", "Comité" with "Comite"),
    // by the normalised form the matching already keeps and indexes.
    public static SortMap<Organization> OrganizationSorts { get; } = new SortMap<Organization>(o => o.Id, [SortKey<Organization>.Ascending(o => o.NormalizedName)])
        .Add("name", o => o.NormalizedName)
        .Named("kind", "state", "city");

    public static FilterMap<Person> PersonFilters { get; } = new FilterMap<Person>()
        .Named("name", "title", "affiliation", "state");

    public static SortMap<Person> PersonSorts { get; } = new SortMap<Person>(p => p.Id, [SortKey<Person>.Ascending(p => p.NormalizedName)])
        .Add("name", p => p.NormalizedName)
        .Named("state");

    /// <summary>Organisations as lists and loaders read them.</summary>
    public static RecordKind<Organization, OrganizationModel> Organizations { get; } =
        new(TypeNames.Organization, db => db.Organizations, o => o.Slug, OrganizationFilters, OrganizationSorts);

    /// <summary>People as lists and loaders read them.</summary>
    public static RecordKind<Person, PersonModel> People { get; } = new(TypeNames.Person, db => db.People, p => p.Slug, PersonFilters, PersonSorts);
}
