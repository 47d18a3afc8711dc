namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>The unit of a <see cref="Statistic"/>.</summary>
public enum StatisticUnit
{
    /// <summary>A share, 0 to 100.</summary>
    Percent,
    People,
    PeoplePerYear,
}
