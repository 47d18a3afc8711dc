namespace Tracker.Api.Bodies;

public sealed record UpdateBodyInput : BodyFields, IUpdateInput
{
    public string Id { get; init; } = "";

    public int Version { get; init; }
}
