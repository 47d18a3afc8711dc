namespace Tracker.Api.Events;

public sealed record CreateEventInput(
    string Slug, Optional<EventKind?> Kind, Optional<string?> Title, Optional<string?> Description, Optional<DateInput?> StartsOn, Optional<string?> StartTime,
    Optional<DateOnly?> EndsOn, Optional<string?> EndTime, Optional<string?> TimeZone, Optional<string?> PlaceName, Optional<string?> Address,
    Optional<string?> Jurisdiction, Optional<IReadOnlyList<string>?> Targets, Optional<DateOnly?> AnnouncedOn, Optional<string?> Notes,
    Optional<IReadOnlyList<string>?> Organizers, Optional<IReadOnlyList<string>?> Sponsors, Optional<IReadOnlyList<string>?> Participants,
    Optional<IReadOnlyList<string>?> AddressedTo, Optional<IReadOnlyList<string>?> Letters, Optional<IReadOnlyList<string>?> Legislation,
    IReadOnlyList<CitationInput> Sources) : IEventFields;
