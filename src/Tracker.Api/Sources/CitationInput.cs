namespace Tracker.Api.Sources;

/// <summary>A source cited by a new record (the schema's <c>CitationInput</c>).</summary>
public sealed record CitationInput(string Source, string? Quote);
