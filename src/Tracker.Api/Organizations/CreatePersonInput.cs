namespace Tracker.Api.Organizations;

public sealed record CreatePersonInput(string? Slug, string Name, string? Title, string? Affiliation, string? Organization, string? City, string? State);
