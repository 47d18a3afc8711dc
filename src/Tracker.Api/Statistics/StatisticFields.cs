namespace Tracker.Api.Statistics;

/// <summary>
/// The fields of a statistic that <c>recordStatistic</c> and <c>updateStatistic</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either.
/// </summary>
public abstract record StatisticFields
{
    public Optional<double?> Value { get; init; }

    public Optional<double?> Low { get; init; }

    public Optional<double?> High { get; init; }

    public Optional<bool?> Approximate { get; init; }

    public Optional<string?> ValueText { get; init; }

    public Optional<StatisticUnit?> Unit { get; init; }

    public Optional<string?> Counts { get; init; }

    public Optional<string?> Jurisdiction { get; init; }

    public Optional<DateInput?> PeriodFrom { get; init; }

    public Optional<DateInput?> PeriodTo { get; init; }

    public Optional<string?> Basis { get; init; }

    public Optional<IReadOnlyList<string>?> AttributedTo { get; init; }

    public Optional<string?> AttributedToName { get; init; }

    public Optional<string?> Statement { get; init; }

    public Optional<string?> Letter { get; init; }

    public Optional<string?> Passage { get; init; }

    public Optional<string?> Notes { get; init; }
}
