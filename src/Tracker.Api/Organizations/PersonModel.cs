namespace Tracker.Api.Organizations;

/// <summary>A person as the API reads it.</summary>
public sealed record PersonModel : SluggedModel, ISignatoryModel
{
    public string Name { get; init; } = "";

    public string? Title { get; init; }

    public string? PostNominals { get; init; }

    public int? BodyKey { get; init; }

    public string? Affiliation { get; init; }

    public int? OrganizationKey { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Notes { get; init; }
}
