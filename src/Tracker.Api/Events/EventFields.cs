namespace Tracker.Api.Events;

/// <summary>
/// The fields of an event that <c>createEvent</c> and <c>updateEvent</c> share, each absent unless the input gives it
/// (an absent field changes nothing, null clears); both inputs extend this record, so one method applies either.
/// </summary>
public abstract record EventFields
{
    public Optional<EventKind?> Kind { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<DateInput?> StartsOn { get; init; }

    public Optional<string?> StartTime { get; init; }

    public Optional<DateOnly?> EndsOn { get; init; }

    public Optional<string?> EndTime { get; init; }

    public Optional<string?> TimeZone { get; init; }

    public Optional<string?> PlaceName { get; init; }

    public Optional<string?> Address { get; init; }

    public Optional<string?> Jurisdiction { get; init; }

    public Optional<IReadOnlyList<string>?> Targets { get; init; }

    public Optional<DateOnly?> AnnouncedOn { get; init; }

    public Optional<string?> Notes { get; init; }

    public Optional<IReadOnlyList<string>?> Organizers { get; init; }

    public Optional<IReadOnlyList<string>?> Sponsors { get; init; }

    public Optional<IReadOnlyList<string>?> Participants { get; init; }

    public Optional<IReadOnlyList<string>?> AddressedTo { get; init; }

    public Optional<IReadOnlyList<string>?> Letters { get; init; }

    public Optional<IReadOnlyList<string>?> Legislation { get; init; }
}
