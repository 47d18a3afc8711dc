namespace Tracker.Api.Sources;

/// <summary>
/// A citation: the source's key and the quoted passage, and the source itself when it was read with the citation
/// (a record's citations); null when only its key is known (a mutation's payload), and then loaded by key.
/// </summary>
public sealed record CitationModel(int SourceKey, string? Quote, SourceModel? ReadSource = null);
