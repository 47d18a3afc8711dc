using System.Linq.Expressions;
using Tracker.Data.Entities;

namespace Tracker.Data;

/// <summary>
/// The rule for when a status event counts, written once and used by the current status, <c>asOf</c>, the
/// status summary and the timeline alike (README's "How dates count" table says the same in words).
/// <para>
/// An event counts on day D when the record says it had taken effect by D: from its <see cref="CountsFrom"/>
/// day, the latest day its dates allow. A date of MONTH or YEAR precision stands for its whole period and so
/// counts from the period's last day. EXACT, ESTIMATED, ON_OR_BEFORE and PLANNED events count from the end of
/// their date's period (or from <c>latestOn</c>, if a range closes earlier); an ON_OR_AFTER event counts from
/// its <c>latestOn</c>, and without one it is known to have happened only by the time it was recorded: it counts
/// from today on, never on a past day. A PLANNED event counts from its date like any other until a maintainer
/// records that it did not happen (retracting it) or a later event replaces it.
/// </para>
/// <para>
/// Among the events that count on D, the status is that of the one with the latest <c>effectiveOn</c> (ties:
/// the later entered), retracted events never count, and with none the status is UNKNOWN.
/// </para>
/// </summary>
public static class StatusEventDates
{
    /// <summary>The first day of the period a date of this precision stands for.</summary>
    public static DateOnly PeriodStart(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        _ => date,
    };

    /// <summary>The last day of the period a date of this precision stands for.</summary>
    public static DateOnly PeriodEnd(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        _ => date,
    };

    /// <summary>
    /// The first day on which the event counts; null for an ON_OR_AFTER event without <c>latestOn</c>, which
    /// counts only from the present day on (see <see cref="CountsOn(DateOnly?, DateOnly, DateOnly)"/>).
    /// </summary>
    public static DateOnly? CountsFrom(DateOnly effectiveOn, DatePrecision precision, DateQualifier qualifier, DateOnly? latestOn)
    {
        if (qualifier == DateQualifier.OnOrAfter)
        {
            return latestOn;
        }
        var end = PeriodEnd(effectiveOn, precision);
        return latestOn is { } latest && latest < end ? latest : end;
    }

    /// <inheritdoc cref="CountsFrom(DateOnly, DatePrecision, DateQualifier, DateOnly?)"/>
    public static DateOnly? CountsFrom(StatusEvent statusEvent) =>
        CountsFrom(statusEvent.EffectiveOn, statusEvent.DatePrecision, statusEvent.DateQualifier, statusEvent.LatestOn);

    /// <summary>Whether an event with this <see cref="CountsFrom"/> day counts on <paramref name="day"/>, today being <paramref name="today"/>.</summary>
    public static bool CountsOn(DateOnly? countsFrom, DateOnly day, DateOnly today) => FirstCountingDay(countsFrom, today) <= day;

    /// <summary>The first day an event with this <see cref="CountsFrom"/> day counts, today being <paramref name="today"/>.</summary>
    public static DateOnly FirstCountingDay(DateOnly? countsFrom, DateOnly today) => countsFrom ?? today;

    /// <summary>The same test in SQL: the standing events that count on <paramref name="day"/>.</summary>
    public static Expression<Func<StatusEvent, bool>> CountsOn(DateOnly day, DateOnly today) => day >= today
        ? e => e.RetractedAt == null && (e.CountsFrom == null || e.CountsFrom <= day)
        : e => e.RetractedAt == null && e.CountsFrom != null && e.CountsFrom <= day;

    /// <summary>
    /// For each jurisdiction with an event counting on <paramref name="day"/>, the one its status comes from: no
    /// counting event of the same jurisdiction has a later effective date (or the same date and a later id).
    /// One statement; the (JurisdictionId, EffectiveOn) index serves the comparison.
    /// </summary>
    public static IQueryable<StatusEvent> Deciding(IQueryable<StatusEvent> events, IQueryable<StatusEvent> all, DateOnly day, DateOnly today)
    {
        var counts = CountsOn(day, today);
        var counting = all.Where(counts);
        return events.Where(counts).Where(e => !counting.Any(o => o.JurisdictionId == e.JurisdictionId
            && (o.EffectiveOn > e.EffectiveOn || (o.EffectiveOn == e.EffectiveOn && o.Id > e.Id))));
    }

    /// <summary>A jurisdiction's status on <paramref name="day"/> as a value, for sorting.</summary>
    public static Expression<Func<Jurisdiction, ParticipationStatus>> StatusOn(DateOnly day, DateOnly today)
    {
        var counts = CountsOn(day, today);
        return j => j.StatusEvents.AsQueryable().Where(counts).OrderByDescending(e => e.EffectiveOn).ThenByDescending(e => e.Id)
            .Select(e => (ParticipationStatus?)e.Status).FirstOrDefault() ?? ParticipationStatus.Unknown;
    }

    /// <summary>Whether the candidate event replaces the current one when both count (the order <see cref="Deciding"/> uses).</summary>
    public static bool IsLater(DateOnly candidateEffectiveOn, int candidateId, DateOnly currentEffectiveOn, int currentId) =>
        candidateEffectiveOn > currentEffectiveOn || (candidateEffectiveOn == currentEffectiveOn && candidateId > currentId);

    /// <summary>
    /// What is wrong with a status event's dates, or null: a range must hold its date (it may narrow a MONTH or
    /// YEAR period) with <c>earliestOn</c> no later than <c>latestOn</c>; nothing but a PLANNED event may lie in
    /// the future. Each problem names the input field it concerns (the date's own under <paramref name="dateField"/>:
    /// a status event's <c>effectiveOn</c>, the <c>on</c> of the record kinds' <c>DateInput</c>).
    /// </summary>
    public static (string Message, string Field)? Problem(DateOnly effectiveOn, DatePrecision precision, DateQualifier qualifier, DateOnly? earliestOn, DateOnly? latestOn, DateOnly today, string dateField = "effectiveOn")
    {
        if (earliestOn > latestOn)
        {
            return ($"\"earliestOn\" ({earliestOn:yyyy-MM-dd}) is after \"latestOn\" ({latestOn:yyyy-MM-dd}).", "earliestOn");
        }
        var start = PeriodStart(effectiveOn, precision);
        var end = PeriodEnd(effectiveOn, precision);
        if (earliestOn > end)
        {
            return ($"\"earliestOn\" ({earliestOn:yyyy-MM-dd}) is after the date it bounds ({Describe(effectiveOn, precision)}).", "earliestOn");
        }
        if (latestOn < start)
        {
            return ($"\"latestOn\" ({latestOn:yyyy-MM-dd}) is before the date it bounds ({Describe(effectiveOn, precision)}).", "latestOn");
        }
        if (qualifier != DateQualifier.Planned)
        {
            if (start > today)
            {
                return ($"\"{dateField}\" ({effectiveOn:yyyy-MM-dd}) is in the future; record events once they have happened, or an announced future effect as PLANNED.", dateField);
            }
            if (latestOn > today)
            {
                return ($"\"latestOn\" ({latestOn:yyyy-MM-dd}) is in the future; only a PLANNED event may be bounded by a future date.", "latestOn");
            }
        }
        return null;
    }

    private static string Describe(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Year => date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
