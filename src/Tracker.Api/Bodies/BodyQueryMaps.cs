using System.Linq.Expressions;

namespace Tracker.Api.Bodies;

/// <summary>The schema's BodyFilter/Sort, mapped onto the entity.</summary>
internal static class BodyQueryMaps
{
    public static FilterMap<Body> Filters { get; } = new FilterMap<Body>()
        .String("slug", b => b.Slug)
        .String("name", b => b.Name)
        .Enum("kind", b => b.Kind)
        .Custom<string>("jurisdiction", code => b => b.Jurisdiction.Code == code);

    /// <summary>By name as people read it (case and accents aside), as organisations are.</summary>
    public static SortMap<Body> Sorts { get; } = new SortMap<Body>(b => b.Id, [(Key<Body, string>(b => b.NormalizedName), false)])
        .Add("name", b => b.NormalizedName)
        .Add("kind", b => b.Kind);

    private static LambdaExpression Key<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) => key;
}
