namespace Tracker.Data.Entities;

/// <summary>A document a fact comes from: one of the source files, or an original it reproduces.</summary>
public sealed class Source : Tracked
{
    public required string Slug { get; set; }

    /// <summary>The file under shared/sources the record was curated from; null for a reference standard or a later addition.</summary>
    public string? File { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? Notes { get; set; }
}
