namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

public enum LetterKind
{
    SignOnLetter,
    Petition,
    Report,

    /// <summary>
    /// No letter has this kind any more: campaigns are events (<see cref="Event"/>), and letters of this kind are
    /// moved there by the migration <c>RecordData</c>. The member stays because the
    /// move reads such rows, and the API keeps the value, deprecated, so that clients' documents stay valid.
    /// </summary>
    Campaign,
}
