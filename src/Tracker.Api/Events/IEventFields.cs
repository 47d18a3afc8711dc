namespace Tracker.Api.Events;

/// <summary>The fields of an event that <c>createEvent</c> and <c>updateEvent</c> share; an absent one changes nothing.</summary>
public interface IEventFields
{
    Optional<EventKind?> Kind { get; }

    Optional<string?> Title { get; }

    Optional<string?> Description { get; }

    Optional<DateInput?> StartsOn { get; }

    Optional<string?> StartTime { get; }

    Optional<DateOnly?> EndsOn { get; }

    Optional<string?> EndTime { get; }

    Optional<string?> TimeZone { get; }

    Optional<string?> PlaceName { get; }

    Optional<string?> Address { get; }

    Optional<string?> Jurisdiction { get; }

    Optional<IReadOnlyList<string>?> Targets { get; }

    Optional<DateOnly?> AnnouncedOn { get; }

    Optional<string?> Notes { get; }

    Optional<IReadOnlyList<string>?> Organizers { get; }

    Optional<IReadOnlyList<string>?> Sponsors { get; }

    Optional<IReadOnlyList<string>?> Participants { get; }

    Optional<IReadOnlyList<string>?> AddressedTo { get; }

    Optional<IReadOnlyList<string>?> Letters { get; }

    Optional<IReadOnlyList<string>?> Legislation { get; }
}
