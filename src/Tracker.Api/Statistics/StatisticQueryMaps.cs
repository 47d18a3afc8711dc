using System.Linq.Expressions;

namespace Tracker.Api.Statistics;

/// <summary>The schema's StatisticFilter/Sort, mapped onto the entity.</summary>
internal static class StatisticQueryMaps
{
    public static FilterMap<Statistic> Filters { get; } = new FilterMap<Statistic>()
        .String("slug", s => s.Slug)
        .Enum("unit", s => s.Unit)
        .Date("periodFrom", s => s.PeriodFrom)
        .Custom<string>("jurisdiction", code => s => s.Jurisdiction!.Code == code);

    /// <summary>By the start of the period they cover, newest first (undated last), as letters are by date.</summary>
    public static SortMap<Statistic> Sorts { get; } = new SortMap<Statistic>(s => s.Id, [(Key<Statistic, DateOnly?>(s => s.PeriodFrom), true)])
        .Add("periodFrom", s => s.PeriodFrom)
        .Add("value", s => s.Value)
        .Add("unit", s => s.Unit);

    private static LambdaExpression Key<TEntity, TKey>(Expression<Func<TEntity, TKey>> key) => key;
}
