namespace Tracker.Api.Organizations;

public sealed record PersonPayload(PersonModel? Person, IReadOnlyList<UserErrorModel> Errors);
