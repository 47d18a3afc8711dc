namespace Tracker.Api.Statistics;

public sealed record StatisticPayload(StatisticModel? Statistic, IReadOnlyList<UserErrorModel> Errors);
