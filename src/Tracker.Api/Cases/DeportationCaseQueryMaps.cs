namespace Tracker.Api.Cases;

/// <summary>The schema's DeportationCaseFilter/Sort, mapped onto the entity.</summary>
internal static class DeportationCaseQueryMaps
{
    public static FilterMap<DeportationCase> Filters { get; } = new FilterMap<DeportationCase>()
        .Named("slug", "name", "community", "reportedOn")
        .Is("jurisdiction", c => c.Jurisdiction!.Code)
        .Custom<string>("petition", slug => c => c.Petitions.Any(l => l.Slug == slug));

    /// <summary>By name as people read it (case and accents aside).</summary>
    public static SortMap<DeportationCase> Sorts { get; } = new SortMap<DeportationCase>(c => c.Id, [SortKey<DeportationCase>.Ascending(c => c.NormalizedName)])
        .Add("name", c => c.NormalizedName)
        .Named("reportedOn");

    /// <summary>Deportation cases as lists and loaders read them.</summary>
    public static RecordKind<DeportationCase, DeportationCaseModel> Records { get; } = new(TypeNames.DeportationCase, db => db.DeportationCases, c => c.Slug, Filters, Sorts);
}
