namespace Tracker.Api.Mutations;

/// <summary>
/// Limits for the texts whose columns have no length in the EF model (unbounded text in both databases): the API
/// keeps them to these, so one request cannot store an arbitrarily large text.
/// </summary>
public static class UnboundedTextLimits
{
    public const int LetterBody = 100_000;

    public const int SourceNotes = 4000;

    /// <summary>An event's description: what happened or was planned.</summary>
    public const int EventDescription = 8000;

    /// <summary>An event's notes (a moved campaign's notes hold what its letter had).</summary>
    public const int EventNotes = 8000;
}
