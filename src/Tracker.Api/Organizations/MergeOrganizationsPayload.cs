namespace Tracker.Api.Organizations;

public sealed record MergeOrganizationsPayload(OrganizationModel? Organization, int MovedSignatures, IReadOnlyList<UserErrorModel> Errors);
