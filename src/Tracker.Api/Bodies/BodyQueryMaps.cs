namespace Tracker.Api.Bodies;

/// <summary>The schema's BodyFilter/Sort, mapped onto the entity.</summary>
internal static class BodyQueryMaps
{
    public static FilterMap<Body> Filters { get; } = new FilterMap<Body>()
        .Named("slug", "name", "kind")
        .Is("jurisdiction", b => b.Jurisdiction.Code);

    /// <summary>By name as people read it (case and accents aside), as organisations are.</summary>
    public static SortMap<Body> Sorts { get; } = new SortMap<Body>(b => b.Id, [SortKey<Body>.Ascending(b => b.NormalizedName)])
        .Add("name", b => b.NormalizedName)
        .Named("kind");

    /// <summary>Bodies as lists and loaders read them.</summary>
    public static RecordKind<Body, BodyModel> Records { get; } = new(TypeNames.Body, db => db.Bodies, b => b.Slug, Filters, Sorts);

    /// <summary>The bodies of a jurisdiction, filtered and sorted as <c>bodies</c> is.</summary>
    public static ChildList<Body, BodyModel> OfJurisdiction { get; } =
        new("Jurisdiction.bodies", b => b.JurisdictionId, m => m.JurisdictionKey, db => db.Bodies, Filters, Sorts);
}
