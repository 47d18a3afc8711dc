namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>What kind of public body a <see cref="Body"/> is.</summary>
public enum BodyKind
{
    Legislature,
    Chamber,
    Committee,
    Caucus,
    Council,
    Department,
    Agency,
    Office,
    AdvisoryBody,
    Court,
    ExecutiveOffice,
}
