using System.Linq.Expressions;

namespace Tracker.Api.Events;

/// <summary>
/// Which events the record says had started by a day: README's "How dates count" read for events, so the dashboard's
/// events view on a day, the <c>startedBy</c> filter and the events CSV's <c>asOf</c> list the same events. A date of
/// MONTH or YEAR precision stands for its whole period, so the event is listed from the period's last day (an event
/// of "August 2011" is not yet on the list on 15 August); a <c>latestOn</c> bound lists it from that day instead.
/// PLANNED events are listed from their date, as announced (the record does not say they did not take place). An
/// ON_OR_AFTER date without <c>latestOn</c> never says the event had started by a given day, and undated events have
/// no day at all: neither is listed on a day (both are listed when no day is asked for).
/// </summary>
internal static class EventDates
{
    public static Expression<Func<Event, bool>> StartedBy(DateOnly day)
    {
        // The period of a MONTH (YEAR) date ends by `day` exactly when the date lies before the month (year) of the
        // next day: comparing with constants keeps the test plain SQL, with no date arithmetic per row. The Date
        // scalar's last day (9999-12-31) has no next day; by then every period has ended.
        var lastDay = day == DateOnly.MaxValue;
        var next = lastDay ? day : day.AddDays(1);
        var monthCut = StatusEventDates.PeriodStart(next, DatePrecision.Month);
        var yearCut = StatusEventDates.PeriodStart(next, DatePrecision.Year);
        return e => e.StartsOn != null && (
            (e.LatestOn != null && e.LatestOn <= day)
            || (e.DateQualifier != DateQualifier.OnOrAfter && (
                (e.DatePrecision == DatePrecision.Day && e.StartsOn <= day)
                || (e.DatePrecision == DatePrecision.Month && (lastDay || e.StartsOn < monthCut))
                || (e.DatePrecision == DatePrecision.Year && (lastDay || e.StartsOn < yearCut)))));
    }

    /// <summary>Events that take place in a state, DC or territory: in it, or in a county or city of it.</summary>
    public static Expression<Func<Event, bool>> InState(string code) => StatePredicate.Within<Event>(e => e.Jurisdiction, code);
}
