namespace Tracker.Api.Mutations;

/// <summary>An input that creates one record of the record's kinds: its new slug and the sources it rests on.</summary>
public interface ICreateInput
{
    string Slug { get; }

    IReadOnlyList<CitationInput>? Sources { get; }
}
