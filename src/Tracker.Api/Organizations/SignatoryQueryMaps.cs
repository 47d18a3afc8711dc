using System.Linq.Expressions;

namespace Tracker.Api.Organizations;

/// <summary>The schema's OrganizationFilter/Sort and PersonFilter/Sort, mapped onto the entities.</summary>
internal static class SignatoryQueryMaps
{
    public static FilterMap<Organization> OrganizationFilters { get; } = new FilterMap<Organization>()
        .String("name", o => o.Name)
        .String("acronym", o => o.Acronym)
        .Enum("kind", o => o.Kind)
        .String("city", o => o.City)
        .String("state", o => o.State)
        .AnyString("alias", o => o.Aliases, a => a.Name)
        .Custom<string>("signed", slug => o => o.Signatures.Any(s => s.Letter.Slug == slug));

    // Names sort as people read them (case and accents aside: "ADC" after "Action", "Comité" with "Comite"),
    // by the normalised form the matching already keeps and indexes.
    public static SortMap<Organization> OrganizationSorts { get; } = new SortMap<Organization>(o => o.Id, [(Key<Organization, string>(o => o.NormalizedName), false)])
        .Add("name", o => o.NormalizedName)
        .Add("kind", o => o.Kind)
        .Add("state", o => o.State)
        .Add("city", o => o.City);

    public static FilterMap<Person> PersonFilters { get; } = new FilterMap<Person>()
        .String("name", p => p.Name)
        .String("title", p => p.Title)
        .String("affiliation", p => p.Affiliation)
        .String("state", p => p.State);

    public static SortMap<Person> PersonSorts { get; } = new SortMap<Person>(p => p.Id, [(Key<Person, string>(p => p.NormalizedName), false)])
        .Add("name", p => p.NormalizedName)
        .Add("state", p => p.State);

    private static LambdaExpression Key<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) => key;
}
