using System.Text;

namespace Tracker.GraphQL.Language;

/// <summary>Block strings (spec §2.9.4): graphql-js's dedentBlockStringLines, isPrintableAsBlockString and
/// printBlockString, for printers of documents and schemas.</summary>
internal static class BlockString
{
    /// <summary>
    /// Removes the common indentation of every line but the first, then the leading and trailing blank lines
    /// (spec §2.9.4 BlockStringValue()). The lexer applies the same rule to the source directly.
    /// </summary>
    public static List<string> DedentBlockStringLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }
            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }
        var result = new List<string>();
        for (var i = Math.Max(firstNonEmpty, 0); i <= lastNonEmpty; i++)
        {
            var line = lines[i];
            result.Add(i == 0 ? line : line.Length <= commonIndent ? string.Empty : line[commonIndent..]);
        }
        return result;
    }

    /// <summary>Whether <paramref name="value"/> survives a round trip through a block string unchanged.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                // Control characters other than tab and line feed cannot be written in a block string,
                // and a carriage return would be read back as a line feed.
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006' or '\u0007'
                    or '\u0008' or '\u000b' or '\u000c' or '\u000e' or '\u000f' or '\r':
                    return false;
                case '\n':
                    // A leading blank line would be removed by dedenting.
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        // A trailing blank line, or an indentation shared by every line after the first, would be removed too.
        if (isEmptyLine)
        {
            return false;
        }
        return !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>Prints a string as a block string literal, as graphql-js's printBlockString does: on its own
    /// lines when it spans lines, is long (over 70 characters) or ends in a way that would merge with the
    /// closing quotes; <c>"""</c> inside is escaped. <paramref name="minimize"/> keeps it on one line.</summary>
    public static string PrintBlockString(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = escaped.AsSpan().IndexOfAny('\n', '\r') < 0;
        var forceLeadingNewLine = !isSingleLine && EveryLineAfterTheFirstIsIndentedOrEmpty(escaped);
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);
        var builder = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }
        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            builder.Append('\n');
        }
        return builder.Append("\"\"\"").ToString();
    }

    /// <summary>Same as <see cref="PrintBlockString"/>.</summary>
    public static string Print(string value, bool minimize = false) => PrintBlockString(value, minimize);

    /// <summary>Whether each line after the first (lines end at "\r\n", "\n" or "\r") is empty or starts with white space.</summary>
    private static bool EveryLineAfterTheFirstIsIndentedOrEmpty(string text)
    {
        var position = text.AsSpan().IndexOfAny('\n', '\r');
        while (position >= 0)
        {
            position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
            if (position < text.Length && text[position] is not ('\n' or '\r') && !CharacterClasses.IsWhiteSpace(text[position]))
            {
                return false;
            }
            var next = position < text.Length ? text.AsSpan(position).IndexOfAny('\n', '\r') : -1;
            position = next < 0 ? -1 : position + next;
        }
        return true;
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && CharacterClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }
        return i;
    }
}
