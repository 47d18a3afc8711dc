namespace Tracker.Api.Cases;

public sealed record UpdateDeportationCaseInput : DeportationCaseFields, IUpdateInput
{
    public string Id { get; init; } = "";

    public int Version { get; init; }
}
