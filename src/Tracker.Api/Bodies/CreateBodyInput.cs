namespace Tracker.Api.Bodies;

public sealed record CreateBodyInput : BodyFields, ICreateInput
{
    public string Slug { get; init; } = "";

    public IReadOnlyList<CitationInput>? Sources { get; init; }
}
