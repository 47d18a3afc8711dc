namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>Secure Communities participation, as the source documents describe it.</summary>
public enum ParticipationStatus
{
    Unknown,
    Participating,
    RefusedToJoin,
    Withdrew,
    OptOutRequested,
    LimitedByLaw,
    ActivatedOverObjection,
}
