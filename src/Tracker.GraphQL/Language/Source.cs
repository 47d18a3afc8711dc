namespace Tracker.GraphQL.Language;

/// <summary>
/// A GraphQL document's text and a name for it (a file name, "GraphQL request").
/// Line and column are computed on demand from a lazily built index of line starts,
/// so AST nodes only need to carry offsets.
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(string body, string name = "GraphQL request")
    {
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>One-based line and column of a UTF-16 offset, the way graphql-js's getLocation counts them
    /// (a line ends at "\r\n", "\n" or "\r").</summary>
    public SourceLocation GetLocation(int position)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        var index = Array.BinarySearch(starts, position);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(line + 1, position - starts[line] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
