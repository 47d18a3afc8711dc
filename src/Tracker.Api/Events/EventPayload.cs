namespace Tracker.Api.Events;

public sealed record EventPayload(EventModel? Event, IReadOnlyList<UserErrorModel> Errors);
