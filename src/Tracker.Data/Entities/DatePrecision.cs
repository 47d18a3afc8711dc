namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>How exact a date is: sources sometimes give only a month or a year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
