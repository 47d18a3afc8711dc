namespace Tracker.GraphQL.Language;

/// <summary>Where a node sits in its source: UTF-16 offsets of its first and one past its last character.</summary>
public readonly record struct Location(int Start, int End, Source Source)
{
    public SourceLocation StartLocation => Source.GetLocation(Start);
}
