namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>What kind of deed an ACTION statement records.</summary>
public enum ActionKind
{
    Announcement,
    Audit,
    Call,
    CallForMoratorium,
    Campaign,
    Launch,
    Lawsuit,
    Letter,
    Opposition,
    Pressure,
    Recommendation,
    Report,
    Resignation,
    Ruling,
    Veto,
    Other,
}
