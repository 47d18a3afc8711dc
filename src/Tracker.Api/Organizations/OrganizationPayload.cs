namespace Tracker.Api.Organizations;

public sealed record OrganizationPayload(OrganizationModel? Organization, IReadOnlyList<UserErrorModel> Errors);
