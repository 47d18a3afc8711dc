namespace Tracker.GraphQL.Language;

/// <summary>
/// A piece of printed output under construction: a chain of text segments in a <see cref="Layout"/>, its
/// length when printed (indentation included) and its line breaks. The printer measures pieces before
/// deciding how to lay them out, which is why they are not rendered to text straight away.
/// </summary>
internal readonly record struct Doc(int Head, int Tail, int Length, int Newlines)
{
    public static readonly Doc Empty = new(-1, -1, 0, 0);

    public bool IsEmpty => Length == 0;
}
