namespace Tracker.Api.Statistics;

/// <summary>The fields of a statistic that <c>recordStatistic</c> and <c>updateStatistic</c> share; an absent one changes nothing.</summary>
public interface IStatisticFields
{
    Optional<double?> Value { get; }

    Optional<double?> Low { get; }

    Optional<double?> High { get; }

    Optional<bool?> Approximate { get; }

    Optional<string?> ValueText { get; }

    Optional<StatisticUnit?> Unit { get; }

    Optional<string?> Counts { get; }

    Optional<string?> Jurisdiction { get; }

    Optional<DateInput?> PeriodFrom { get; }

    Optional<DateInput?> PeriodTo { get; }

    Optional<string?> Basis { get; }

    Optional<IReadOnlyList<string>?> AttributedTo { get; }

    Optional<string?> AttributedToName { get; }

    Optional<string?> Statement { get; }

    Optional<string?> Letter { get; }

    Optional<string?> Passage { get; }

    Optional<string?> Notes { get; }
}
