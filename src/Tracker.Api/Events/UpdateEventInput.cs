namespace Tracker.Api.Events;

public sealed record UpdateEventInput : EventFields, IUpdateInput
{
    public string Id { get; init; } = "";

    public int Version { get; init; }
}
