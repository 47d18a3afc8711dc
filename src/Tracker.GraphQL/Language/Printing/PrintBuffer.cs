using System.Text;

namespace Tracker.GraphQL.Language;

/// <summary>
/// A chain of text pieces with indentation marks, so the printer can measure a piece (length, line
/// count) before deciding whether to wrap it, and indent whole blocks without re-splitting text.
/// Mirrors the layout rules of graphql-js 17's printer.
/// </summary>
internal sealed class PrintBuffer
{
    public static readonly PrintBuffer Empty = new(string.Empty);

    private readonly string _text;
    private readonly string[]? _lines;
    private PrintBuffer? _next;
    private PrintBuffer _tail;
    private bool _indentBefore;
    private bool _dedentAfter;

    public PrintBuffer(string value, bool isBlockString = false)
    {
        _text = value;
        _tail = this;
        Length = value.Length;
        if (value.Contains('\n'))
        {
            _lines = value.Split('\n');
            Newlines = _lines.Length - 1;
        }
        IsBlockString = isBlockString;
    }

    /// <summary>Characters when printed flat (indentation included once applied).</summary>
    public int Length { get; private set; }

    public int Newlines { get; private set; }

    private bool IsBlockString { get; }

    public PrintBuffer Append(string text) => text.Length == 0 ? this : Append(new PrintBuffer(text));

    public PrintBuffer Append(PrintBuffer next)
    {
        if (next.Length == 0)
        {
            return this;
        }
        _tail._next = next;
        _tail = next._tail;
        Length += next.Length;
        Newlines += next.Newlines;
        return this;
    }

    /// <summary>Indents every line of this buffer by two spaces when rendered.</summary>
    public PrintBuffer Indent()
    {
        if (Length == 0)
        {
            return this;
        }
        _indentBefore = true;
        _tail._dedentAfter = true;
        Length += 2 * (Newlines + 1);
        return this;
    }

    /// <summary>Renders the chain; beyond <paramref name="maxDepth"/> indentation levels lines are joined with spaces.</summary>
    public string Render(int maxDepth)
    {
        var output = new StringBuilder();
        var text = new StringBuilder();
        var depth = 0;
        var indentation = string.Empty;
        for (var part = this; part is not null; part = part._next)
        {
            if (part._indentBefore)
            {
                if (depth < maxDepth)
                {
                    indentation += "  ";
                    text.Append("  ");
                }
                depth++;
            }
            if (part._lines is null)
            {
                text.Append(part._text);
            }
            else
            {
                text.Append(part._lines[0]);
                var newline = !part.IsBlockString && depth >= maxDepth ? " " : "\n" + indentation;
                for (var i = 1; i < part._lines.Length; i++)
                {
                    output.Append(text);
                    text.Clear().Append(newline).Append(part._lines[i]);
                }
            }
            if (part._dedentAfter)
            {
                depth--;
                indentation = indentation[..Math.Min(indentation.Length, Math.Max(0, depth * 2))];
            }
        }
        return output.Append(text).ToString();
    }
}
