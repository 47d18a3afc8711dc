namespace Tracker.Api.Events;

/// <summary>An event as the API reads it; local times are formatted by <see cref="EventResolvers"/>.</summary>
public sealed record EventModel : SluggedModel
{
    public EventKind Kind { get; init; }

    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    public DateOnly? StartsOn { get; init; }

    public DatePrecision? DatePrecision { get; init; }

    public DateQualifier? DateQualifier { get; init; }

    public DateOnly? EarliestOn { get; init; }

    public DateOnly? LatestOn { get; init; }

    public TimeOnly? StartTimeOfDay { get; init; }

    public DateOnly? EndsOn { get; init; }

    public TimeOnly? EndTimeOfDay { get; init; }

    public string? TimeZone { get; init; }

    public string? PlaceName { get; init; }

    public string? Address { get; init; }

    public int? JurisdictionKey { get; init; }

    public DateOnly? AnnouncedOn { get; init; }

    public string? Notes { get; init; }
}
