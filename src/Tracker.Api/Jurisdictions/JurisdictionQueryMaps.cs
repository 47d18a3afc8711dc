using System.Linq.Expressions;
using Tracker.Api.Infrastructure.Filtering;
using Tracker.Data.Entities;

namespace Tracker.Api.Jurisdictions;

/// <summary>The schema's JurisdictionFilter/Sort and StatusEventFilter/Sort, mapped onto the entities.</summary>
internal static class JurisdictionQueryMaps
{
    public static FilterMap<Jurisdiction> JurisdictionFilters { get; } = new FilterMap<Jurisdiction>()
        .String("code", j => j.Code)
        .String("name", j => j.Name)
        .Enum("kind", j => j.Kind)
        .Enum("status", j => j.CurrentStatus)
        .String("postalCode", j => j.PostalCode)
        .String("fips", j => j.Fips)
        .String("parentCode", j => j.Parent!.Code);

    public static SortMap<Jurisdiction> JurisdictionSorts { get; } = new SortMap<Jurisdiction>(j => j.Id, [(Key<Jurisdiction, string>(j => j.Name), false)])
        .Add("name", j => j.Name)
        .Add("code", j => j.Code)
        .AddInDeclaredOrder("kind", j => j.Kind)
        .Add("status", j => j.CurrentStatus)
        .Add("fips", j => j.Fips);

    public static FilterMap<StatusEvent> StatusEventFilters { get; } = new FilterMap<StatusEvent>()
        .Enum("status", e => e.Status)
        .Date("effectiveOn", e => e.EffectiveOn)
        .String("jurisdictionCode", e => e.Jurisdiction.Code)
        .Enum("jurisdictionKind", e => e.Jurisdiction.Kind)
        .String("actor", e => e.Actor)
        .Custom<bool>("retracted", retracted => retracted ? e => e.RetractedAt != null : e => e.RetractedAt == null);

    public static SortMap<StatusEvent> StatusEventSorts { get; } = new SortMap<StatusEvent>(e => e.Id, [(Key<StatusEvent, DateOnly>(e => e.EffectiveOn), false)])
        .Add("effectiveOn", e => e.EffectiveOn)
        .Add("status", e => e.Status);

    private static LambdaExpression Key<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) => key;
}
