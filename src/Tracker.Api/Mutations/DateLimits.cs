using System.Globalization;

namespace Tracker.Api.Mutations;

/// <summary>
/// The span of days a maintainer may write into any date of the record (status events, events, statements,
/// statistics, legislation stages, letters, signatures, sources): from <see cref="Earliest"/>
/// (<c>Tracker:Dates:Earliest</c>, default 1950-01-01) to <see cref="MaxYearsAhead"/> years after today
/// (<c>Tracker:Dates:MaxYearsAhead</c>, default 100). A date outside it is a typo (0211 for 2011) or a probe
/// (0001-01-01, 9999-12-31), and one such status event stretched the public timeline's default period over
/// twenty thousand months for every visitor.
/// <para>
/// Why these defaults: the earliest date any seed record needs is 2008-01-01 (a legislation stage and a statistic's
/// period; Secure Communities began in 2008), but the laws and policies a coalition cites are older (the
/// Immigration and Nationality Act of 1952, whose section 287(g) dates from 1996; city policies such as Los
/// Angeles' Special Order 40 of 1979), so the floor leaves room for them and still refuses every slipped century.
/// A PLANNED date lies ahead by months or a few years (ICE announced in 2011 that Secure Communities would be
/// mandatory by 2013). The ceiling only has to refuse what cannot be a plan (9999-12-31, a slipped digit such as
/// 2211 for 2011), not judge how far ahead a plan may look: a century, the longest period the timeline charts
/// (<c>Tracker:Timeline:MaxMonths</c>, 1,200), and the tests record PLANNED statements for 2090. It moves with the
/// calendar. Only PLANNED dates can come near it: reported dates keep their own rule, not after today
/// (<see cref="InputChecks.NotInFuture"/>).
/// </para>
/// </summary>
public sealed record DateLimits(DateOnly Earliest, int MaxYearsAhead)
{
    public const string EarliestSetting = "Tracker:Dates:Earliest";

    public const string MaxYearsAheadSetting = "Tracker:Dates:MaxYearsAhead";

    public static readonly DateLimits Default = new(new DateOnly(1950, 1, 1), 100);

    /// <summary>The latest day a date may be, <paramref name="today"/> being today.</summary>
    public DateOnly Latest(DateOnly today) => MaxYearsAhead > DateOnly.MaxValue.Year - today.Year ? DateOnly.MaxValue : today.AddYears(MaxYearsAhead);

    /// <summary>Why <paramref name="date"/> is refused ("is before 1950-01-01, ..."), or null when it lies within the limits.</summary>
    public string? Refusal(DateOnly date, DateOnly today) =>
        date < Earliest ? $"is before {Earliest:yyyy-MM-dd}, the earliest date the tracker accepts; check the year"
        : date > Latest(today) ? $"is after {Latest(today):yyyy-MM-dd}, the latest date the tracker accepts ({MaxYearsAhead:N0} years from today); check the year"
        : null;

    /// <summary>Read when the server (or an import) starts, so a value it cannot use refuses the start.</summary>
    public static DateLimits From(IConfiguration configuration) =>
        new(EarliestFrom(configuration) ?? Default.Earliest,
            SettingValues.WholeNumber(configuration, MaxYearsAheadSetting, min: 0, max: 1_000, unit: "years") ?? Default.MaxYearsAhead);

    private static DateOnly? EarliestFrom(IConfiguration configuration) =>
        configuration[EarliestSetting] is not { Length: > 0 } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new InvalidSettingException($"{EarliestSetting} must be a date YYYY-MM-DD such as {Default.Earliest:yyyy-MM-dd}; \"{text}\" is not.");
}
