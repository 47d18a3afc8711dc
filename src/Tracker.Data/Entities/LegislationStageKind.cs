namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

public enum LegislationStageKind
{
    Introduced,
    PassedChamber,
    Passed,
    AwaitingSignature,
    Signed,
    Vetoed,
    Adopted,
    Replaced,
    Other,
}
