using System.Text;

namespace Tracker.GraphQL.Language;

/// <summary>
/// The segments of one print: text pieces linked into chains, with marks where an indented block starts and
/// ends. The layout rules (what counts toward a line's length, how indentation is counted) are graphql-js
/// 17's printer's, so that wrapping decisions come out the same.
/// </summary>
internal sealed class Layout
{
    private Segment[] _segments = new Segment[64];
    private int _count;
    private Doc[] _stack = new Doc[32];
    private int _stackCount;

    public Doc Text(string text, bool isBlockString = false)
    {
        if (text.Length == 0)
        {
            return Doc.Empty;
        }
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _count * 2);
        }
        var index = _count++;
        _segments[index] = new Segment { Text = text, Next = -1, IsBlockString = isBlockString };
        return new Doc(index, index, text.Length, text.AsSpan().Count('\n'));
    }

    /// <summary>The pieces joined, empty ones skipped, <paramref name="separator"/> between the others.</summary>
    public Doc Join(string separator, params ReadOnlySpan<Doc> items)
    {
        var result = Doc.Empty;
        foreach (var item in items)
        {
            Add(ref result, separator, item);
        }
        return result;
    }

    public Doc Concat(params ReadOnlySpan<Doc> items) => Join(string.Empty, items);

    /// <summary><paramref name="start"/>, the piece, <paramref name="end"/>; nothing when the piece is empty.</summary>
    public Doc Wrap(string start, Doc doc, string end = "")
    {
        if (doc.IsEmpty)
        {
            return Doc.Empty;
        }
        var result = Text(start);
        Add(ref result, string.Empty, doc);
        Add(ref result, string.Empty, Text(end));
        return result;
    }

    /// <summary>Indents every line of the piece by two spaces (counted in its length at once, as graphql-js does).</summary>
    public Doc Indent(Doc doc)
    {
        if (doc.IsEmpty)
        {
            return doc;
        }
        _segments[doc.Head].IndentBefore = true;
        _segments[doc.Tail].DedentAfter = true;
        return doc with { Length = doc.Length + 2 * (doc.Newlines + 1) };
    }

    /// <summary>"{", the pieces one per line and indented, "}"; nothing when there are none.</summary>
    public Doc Block(int mark) => Wrap("{\n", Indent(JoinFrom(mark, "\n")), "\n}");

    // A stack of printed children: a node pushes each child's piece, then joins or measures them from its mark.

    public int Mark => _stackCount;

    public void Push(Doc doc)
    {
        if (_stackCount == _stack.Length)
        {
            Array.Resize(ref _stack, _stackCount * 2);
        }
        _stack[_stackCount++] = doc;
    }

    public bool HasMultilineItems(int mark)
    {
        for (var i = mark; i < _stackCount; i++)
        {
            if (_stack[i].Newlines != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The length of the pieces from the mark when joined with <paramref name="separator"/>.</summary>
    public int JoinedLength(int mark, string separator)
    {
        var length = 0;
        for (var i = mark; i < _stackCount; i++)
        {
            if (!_stack[i].IsEmpty)
            {
                length += (length == 0 ? 0 : separator.Length) + _stack[i].Length;
            }
        }
        return length;
    }

    /// <summary>Joins the pieces pushed since the mark and pops them.</summary>
    public Doc JoinFrom(int mark, string separator)
    {
        var result = Join(separator, _stack.AsSpan(mark, _stackCount - mark));
        _stackCount = mark;
        return result;
    }

    /// <summary>
    /// The text of a piece. Indentation is written after each line break inside an indented block; beyond
    /// <paramref name="maxDepth"/> levels line breaks become spaces, except inside block strings.
    /// </summary>
    public string Render(Doc doc, int maxDepth)
    {
        var output = new StringBuilder(doc.Length);
        var depth = 0;
        for (var index = doc.Head; index >= 0; index = _segments[index].Next)
        {
            ref var segment = ref _segments[index];
            if (segment.IndentBefore)
            {
                if (depth < maxDepth)
                {
                    output.Append("  ");
                }
                depth++;
            }
            var text = segment.Text.AsSpan();
            var lineBreak = text.IndexOf('\n');
            if (lineBreak < 0)
            {
                output.Append(text);
            }
            else
            {
                var flatten = !segment.IsBlockString && depth >= maxDepth;
                var indentation = Math.Min(depth, maxDepth) * 2;
                while (lineBreak >= 0)
                {
                    output.Append(text[..lineBreak]);
                    if (flatten)
                    {
                        output.Append(' ');
                    }
                    else
                    {
                        output.Append('\n').Append(' ', indentation);
                    }
                    text = text[(lineBreak + 1)..];
                    lineBreak = text.IndexOf('\n');
                }
                output.Append(text);
            }
            if (segment.DedentAfter)
            {
                depth--;
            }
            if (index == doc.Tail)
            {
                break;
            }
        }
        return output.ToString();
    }

    private void Add(ref Doc result, string separator, Doc item)
    {
        if (item.IsEmpty)
        {
            return;
        }
        if (result.IsEmpty)
        {
            result = item;
            return;
        }
        if (separator.Length != 0)
        {
            result = Link(result, Text(separator));
        }
        result = Link(result, item);
    }

    private Doc Link(Doc first, Doc second)
    {
        _segments[first.Tail].Next = second.Head;
        return new Doc(first.Head, second.Tail, first.Length + second.Length, first.Newlines + second.Newlines);
    }

    private struct Segment
    {
        public string Text;
        public int Next;
        public bool IsBlockString;
        public bool IndentBefore;
        public bool DedentAfter;
    }
}
