namespace Tracker.Api.Organizations;

public sealed record CreateOrganizationInput(
    string? Slug, string Name, string? Acronym, OrganizationKind Kind, string? City, string? State, string? Website, IReadOnlyList<string>? Aliases, string? Parent);
