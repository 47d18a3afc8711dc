namespace Tracker.Api.Statistics;

public sealed record UpdateStatisticInput(
    string Id, int Version, Optional<double?> Value, Optional<double?> Low, Optional<double?> High, Optional<bool?> Approximate,
    Optional<string?> ValueText, Optional<StatisticUnit?> Unit, Optional<string?> Counts, Optional<string?> Jurisdiction, Optional<DateInput?> PeriodFrom,
    Optional<DateInput?> PeriodTo, Optional<string?> Basis, Optional<IReadOnlyList<string>?> AttributedTo, Optional<string?> AttributedToName,
    Optional<string?> Statement, Optional<string?> Letter, Optional<string?> Passage, Optional<string?> Notes) : IStatisticFields, IUpdateInput;
