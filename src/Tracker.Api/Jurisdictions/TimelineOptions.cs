namespace Tracker.Api.Jurisdictions;

/// <summary>
/// The longest period <c>statusTimeline</c> charts, in months (<c>Tracker:Timeline:MaxMonths</c>, default 1,200: a
/// hundred years, one point a month). More would be a chart nobody can read, and work that grows with the period.
/// </summary>
public sealed record TimelineOptions(int MaxMonths)
{
    public static TimelineOptions From(IConfiguration configuration)
    {
        var maxMonths = configuration.GetValue("Tracker:Timeline:MaxMonths", 1_200);
        if (maxMonths < 1)
        {
            throw new InvalidOperationException("Tracker:Timeline:MaxMonths must be a positive number of months (such as 1200).");
        }
        return new TimelineOptions(maxMonths);
    }
}
