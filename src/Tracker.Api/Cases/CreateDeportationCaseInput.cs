namespace Tracker.Api.Cases;

public sealed record CreateDeportationCaseInput : DeportationCaseFields, ICreateInput
{
    public string Slug { get; init; } = "";

    public IReadOnlyList<CitationInput>? Sources { get; init; }
}
