namespace Tracker.Api.Csv;

/// <summary>A row of <c>events.csv</c>: the event's dates as the record gives them (read StartsOn with its precision and qualifier), its place and sources.</summary>
internal sealed record EventCsvRow(
    string Slug, string Kind, string Title, DateOnly? StartsOn, string? DatePrecision, string? DateQualifier, DateOnly? EarliestOn, DateOnly? LatestOn,
    string? StartTime, DateOnly? EndsOn, string? EndTime, string? TimeZone, string? PlaceName, string? Address, string? Jurisdiction, string? State,
    DateOnly? AnnouncedOn, string Description, string? Notes, string Sources);
