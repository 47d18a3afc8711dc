namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>What kind of gathering or action an <see cref="Event"/> is.</summary>
public enum EventKind
{
    Meeting,
    Protest,
    Bannering,
    LegalClinic,
    Hearing,
    CallInDay,
    DayOfAction,
    March,
    LegislativeSession,
    Campaign,
    Other,
}
