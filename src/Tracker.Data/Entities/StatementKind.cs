namespace Tracker.Data.Entities;

// Stored as their names (strings) so the database stays readable and reordering members is safe.

/// <summary>Whether a <see cref="Statement"/> is someone's words or a deed.</summary>
public enum StatementKind
{
    /// <summary>The speaker's own words, as printed.</summary>
    Quote,

    /// <summary>What a document reports the speaker said, without quotation marks.</summary>
    Paraphrase,

    /// <summary>A deed: an audit, a call, a lawsuit, a resignation.</summary>
    Action,
}
