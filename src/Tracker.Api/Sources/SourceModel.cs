namespace Tracker.Api.Sources;

/// <summary>A source document as the API reads it.</summary>
public sealed record SourceModel
{
    public int Key { get; init; }

    public int Version { get; init; }

    public string Slug { get; init; } = "";

    public string? File { get; init; }

    public string Title { get; init; } = "";

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public string? Notes { get; init; }
}
