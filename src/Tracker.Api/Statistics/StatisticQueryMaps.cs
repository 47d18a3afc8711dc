namespace Tracker.Api.Statistics;

/// <summary>The schema's StatisticFilter/Sort, mapped onto the entity.</summary>
internal static class StatisticQueryMaps
{
    public static FilterMap<Statistic> Filters { get; } = new FilterMap<Statistic>()
        .Named("slug", "unit", "periodFrom")
        .Is("jurisdiction", s => s.Jurisdiction!.Code);

    /// <summary>By the start of the period they cover, newest first (undated last), as letters are by date.</summary>
    public static SortMap<Statistic> Sorts { get; } = new SortMap<Statistic>(s => s.Id, [SortKey<Statistic>.Descending(s => s.PeriodFrom)])
        .Named("periodFrom", "value", "unit");

    /// <summary>Statistics as lists and loaders read them.</summary>
    public static RecordKind<Statistic, StatisticModel> Records { get; } = new(TypeNames.Statistic, db => db.Statistics, s => s.Slug, Filters, Sorts);

    /// <summary>The figures counted in a jurisdiction, filtered and sorted as <c>statistics</c> is.</summary>
    public static ChildList<Statistic, StatisticModel> OfJurisdiction { get; } = new(
        "Jurisdiction.statistics", s => s.JurisdictionId!.Value, m => m.JurisdictionKey ?? 0, db => db.Statistics.Where(s => s.JurisdictionId != null), Filters, Sorts);
}
