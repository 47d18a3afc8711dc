namespace Tracker.Api.Organizations;

public sealed record UpdateOrganizationInput(
    string Id, int Version, Optional<string?> Name, Optional<string?> Acronym, Optional<OrganizationKind?> Kind, Optional<string?> City,
    Optional<string?> State, Optional<string?> Website, Optional<IReadOnlyList<string>?> Aliases, Optional<string?> Notes) : IUpdateInput;
