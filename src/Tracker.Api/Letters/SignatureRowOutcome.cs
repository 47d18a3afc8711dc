namespace Tracker.Api.Letters;

/// <summary>What happened to one row (the schema's <c>SignatureRowOutcome</c>).</summary>
public enum SignatureRowOutcome
{
    Matched,
    Created,
    Ambiguous,
    Duplicate,
    Invalid,
}
