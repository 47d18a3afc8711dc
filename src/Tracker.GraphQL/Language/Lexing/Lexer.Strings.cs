using System.Text;

namespace Tracker.GraphQL.Language;

// StringValue (spec §2.9.4): quoted strings with escapes, and block strings with their indentation removed.
internal sealed partial class Lexer
{
    private StringBuilder? _builder;
    private List<(int Start, int End)>? _blockLines;

    // The value of the string token read last: tokens carry no values, and the parser asks for a string's
    // value right after reading it (a lookahead past a description reads a name, never another string).
    private string? _decoded;
    private int _decodedStart = -1;

    private Token Decoded(TokenKind kind, int start, int end, string value)
    {
        _decoded = value;
        _decodedStart = start;
        return new Token(kind, start, end);
    }

    private StringBuilder Builder() => (_builder ??= new StringBuilder()).Clear();

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"')
            {
                if (value is null)
                {
                    return Decoded(TokenKind.String, start, position + 1, body[chunkStart..position]);
                }
                value.Append(body, chunkStart, position - chunkStart);
                return Decoded(TokenKind.String, start, position + 1, value.ToString());
            }
            if (c == '\\')
            {
                value ??= Builder();
                value.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }
            if (c is '\n' or '\r')
            {
                break;
            }
            if (CharacterClasses.IsScalarCodeUnit(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw InvalidCharacterInString(position);
            }
        }
        throw UnterminatedString(position);
    }

    /// <summary>"\u{...}": one to six significant hex digits naming a Unicode scalar value. Returns the escape's length.</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !CharacterClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | ReadHexDigit(c);
            if (point < 0)
            {
                break;
            }
        }
        throw InvalidUnicodeEscape(position, size);
    }

    /// <summary>"\uXXXX"; a leading surrogate must be followed by "\uXXXX" naming a trailing one, and the pair is
    /// one code point ("\uD83D\uDE00"). Lone surrogates are rejected. Returns the escape's length.</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (CharacterClasses.IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw InvalidUnicodeEscape(position, 6);
    }

    /// <summary>Four hex digits as a number; negative when any is missing or not a hex digit.</summary>
    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12)
        | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4)
        | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        var escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };
        if (escaped == '\0')
        {
            throw InvalidCharacterEscape(position);
        }
        value.Append(escaped);
        return 2;
    }

    /// <summary>
    /// A block string: raw text up to the closing quotes, where only <c>\"""</c> is an escape. The lines are
    /// recorded as ranges of the source and dedented in place (spec §2.9.4 BlockStringValue), so the value is
    /// built once without a string per line.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var lines = _blockLines ??= [];
        lines.Clear();
        var lineStart = start + 3;
        var position = lineStart;
        var hasEscape = false;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                lines.Add((lineStart, position));
                return Decoded(TokenKind.BlockString, start, position + 3, BlockStringValue(lines, hasEscape));
            }
            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                hasEscape = true;
                position += 4;
                continue;
            }
            if (c is '\n' or '\r')
            {
                lines.Add((lineStart, position));
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                lineStart = position;
                continue;
            }
            if (CharacterClasses.IsScalarCodeUnit(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw InvalidCharacterInString(position);
            }
        }
        throw UnterminatedString(position);
    }

    /// <summary>
    /// Removes the common indentation of every line but the first, then the leading and trailing blank lines,
    /// and joins the rest with "\n" (graphql-js dedentBlockStringLines). An escape cannot change a line's
    /// indentation or blankness (a backslash is not white space), so both are measured on the raw text.
    /// </summary>
    private string BlockStringValue(List<(int Start, int End)> lines, bool hasEscape)
    {
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var (lineStart, lineEnd) = lines[i];
            var indent = 0;
            while (lineStart + indent < lineEnd && CharacterClasses.IsWhiteSpace(_body[lineStart + indent]))
            {
                indent++;
            }
            if (lineStart + indent == lineEnd)
            {
                continue;
            }
            if (first < 0)
            {
                first = i;
            }
            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }
        if (first < 0)
        {
            return string.Empty;
        }
        if (first == last && !hasEscape)
        {
            var (lineStart, lineEnd) = lines[first];
            var skip = first == 0 ? 0 : Math.Min(commonIndent, lineEnd - lineStart);
            return _body[(lineStart + skip)..lineEnd];
        }
        var builder = Builder();
        for (var i = first; i <= last; i++)
        {
            if (i != first)
            {
                builder.Append('\n');
            }
            var (lineStart, lineEnd) = lines[i];
            var from = i == 0 ? lineStart : lineStart + Math.Min(commonIndent, lineEnd - lineStart);
            AppendBlockStringText(builder, from, lineEnd, hasEscape);
        }
        return builder.ToString();
    }

    /// <summary>Appends raw block string text, turning each <c>\"""</c> into <c>"""</c>.</summary>
    private void AppendBlockStringText(StringBuilder builder, int from, int to, bool hasEscape)
    {
        if (!hasEscape)
        {
            builder.Append(_body, from, to - from);
            return;
        }
        var chunkStart = from;
        var position = from;
        while (position < to)
        {
            if (_body[position] == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                builder.Append(_body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }
            position++;
        }
        builder.Append(_body, chunkStart, Math.Min(position, to) - chunkStart);
    }
}
