namespace Tracker.Api.Sources;

/// <summary>A source document as the API reads it.</summary>
public sealed record SourceModel : SluggedModel
{
    public string? File { get; init; }

    public string Title { get; init; } = "";

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public string? Notes { get; init; }
}
