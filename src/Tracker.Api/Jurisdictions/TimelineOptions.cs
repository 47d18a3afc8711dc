using Tracker.Data;

namespace Tracker.Api.Jurisdictions;

/// <summary>
/// The longest period <c>statusTimeline</c> charts, in months (<c>Tracker:Timeline:MaxMonths</c>, default 1,200: a
/// hundred years, one point a month). More would be a chart nobody can read, and work that grows with the period.
/// </summary>
public sealed record TimelineOptions(int MaxMonths)
{
    /// <summary>Read when the server starts (<see cref="StartupSettings"/>), so a value it cannot use refuses the start.</summary>
    public static TimelineOptions From(IConfiguration configuration) =>
        new(SettingValues.WholeNumber(configuration, "Tracker:Timeline:MaxMonths", unit: "months") ?? 1_200);
}
