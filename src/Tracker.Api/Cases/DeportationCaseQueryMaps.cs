using System.Linq.Expressions;

namespace Tracker.Api.Cases;

/// <summary>The schema's DeportationCaseFilter/Sort, mapped onto the entity.</summary>
internal static class DeportationCaseQueryMaps
{
    public static FilterMap<DeportationCase> Filters { get; } = new FilterMap<DeportationCase>()
        .String("slug", c => c.Slug)
        .String("name", c => c.Name)
        .String("community", c => c.Community)
        .Date("reportedOn", c => c.ReportedOn)
        .Custom<string>("jurisdiction", code => c => c.Jurisdiction!.Code == code)
        .Custom<string>("petition", slug => c => c.Petitions.Any(l => l.Slug == slug));

    /// <summary>By name as people read it (case and accents aside).</summary>
    public static SortMap<DeportationCase> Sorts { get; } = new SortMap<DeportationCase>(c => c.Id, [(Key<DeportationCase, string>(c => c.NormalizedName), false)])
        .Add("name", c => c.NormalizedName)
        .Add("reportedOn", c => c.ReportedOn);

    private static LambdaExpression Key<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) => key;
}
