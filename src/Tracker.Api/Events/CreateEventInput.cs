namespace Tracker.Api.Events;

public sealed record CreateEventInput : EventFields, ICreateInput
{
    public string Slug { get; init; } = "";

    public IReadOnlyList<CitationInput>? Sources { get; init; }
}
