namespace Tracker.Api.Bodies;

/// <summary>A public body as the API reads it.</summary>
public sealed record BodyModel : SluggedModel
{
    public string Name { get; init; } = "";

    public string? Acronym { get; init; }

    public BodyKind Kind { get; init; }

    public int JurisdictionKey { get; init; }

    public int? ParentKey { get; init; }

    public string? Address { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Notes { get; init; }
}
