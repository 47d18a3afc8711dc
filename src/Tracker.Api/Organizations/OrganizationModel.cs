namespace Tracker.Api.Organizations;

/// <summary>An organisation as the API reads it; aliases flattened to their names.</summary>
public sealed record OrganizationModel : SluggedModel, ISignatoryModel
{
    public string Name { get; init; } = "";

    public string? Acronym { get; init; }

    public OrganizationKind Kind { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Website { get; init; }

    public List<string> Aliases { get; init; } = [];

    public int? ParentKey { get; init; }

    public string? Notes { get; init; }
}
