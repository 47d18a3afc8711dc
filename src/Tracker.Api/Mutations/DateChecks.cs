namespace Tracker.Api.Mutations;

/// <summary>
/// The dating rules of status events (<see cref="StatusEventDates.Problem"/>) applied to a <see cref="DateInput"/>
/// of any record, with the problem reported on the input's own field (<c>["input", "startsOn", "latestOn"]</c>).
/// </summary>
public static class DateChecks
{
    /// <summary>
    /// The checked date (null when none is given), or errors on its fields. A MONTH or YEAR date is kept as the first
    /// day of its period (<c>2011-06-15</c>, MONTH is stored and shown as <c>2011-06-01</c>), as the record writes
    /// such dates: the day given says nothing the precision keeps, and two spellings of one month would sort apart.
    /// </summary>
    public static DateInput? Dated(this MutationScope scope, DateInput? date, DateParts keeps, string field)
    {
        if (date is null)
        {
            return null;
        }
        if (!keeps.HasFlag(DateParts.Qualifier) && date.Qualifier != DateQualifier.Exact)
        {
            scope.Invalid($"\"{field}\" keeps no qualifier; leave \"qualifier\" out (EXACT).", field, "qualifier");
        }
        if (!keeps.HasFlag(DateParts.Range))
        {
            foreach (var (bound, name) in new[] { (date.EarliestOn, "earliestOn"), (date.LatestOn, "latestOn") })
            {
                if (bound is not null)
                {
                    scope.Invalid($"\"{field}\" keeps no range; leave \"{name}\" out.", field, name);
                }
            }
        }
        var withinLimits = scope.WithinLimits(date.On, field, "on") & scope.WithinLimits(date.EarliestOn, field, "earliestOn") & scope.WithinLimits(date.LatestOn, field, "latestOn");
        if (withinLimits && StatusEventDates.Problem(date.On, date.Precision, date.Qualifier, date.EarliestOn, date.LatestOn, scope.Today, "on") is { } problem)
        {
            scope.Invalid(problem.Message, field, problem.Field);
        }
        return date with { On = StatusEventDates.PeriodStart(date.On, date.Precision) };
    }

    /// <summary>The first day of the period a checked date stands for (null when undated), to order two dates by.</summary>
    public static DateOnly? Start(this DateInput? date) => date is null ? null : StatusEventDates.PeriodStart(date.On, date.Precision);
}
