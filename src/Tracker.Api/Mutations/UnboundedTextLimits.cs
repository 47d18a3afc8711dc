namespace Tracker.Api.Mutations;

/// <summary>
/// Limits for the texts whose columns have no length in the EF model (unbounded text in both databases): the API
/// keeps them to these, so one request cannot store an arbitrarily large text.
/// </summary>
public static class UnboundedTextLimits
{
    public const int LetterBody = 100_000;

    public const int SourceNotes = 4000;
}
