namespace Tracker.Api.Sources;

/// <summary>A citation: the source's key and the quoted passage.</summary>
public sealed record CitationModel(int SourceKey, string? Quote);
