using System.Globalization;
using System.Text;

namespace Tracker.GraphQL.Language;

/// <summary>
/// Turns a source into tokens on demand (spec §2.1). Ignored tokens (white space, line terminators,
/// commas, the BOM) are skipped; comments are returned so the parser can skip them too.
/// Messages follow graphql-js's lexer word for word.
/// </summary>
internal sealed class Lexer(Source source)
{
    private readonly string _body = source.Body;

    public Source Source { get; } = source;

    /// <summary>Reads the token that starts at or after <paramref name="position"/>.</summary>
    public Token ReadToken(int position)
    {
        var body = _body;
        var length = body.Length;
        while (position < length)
        {
            var c = body[position];
            switch (c)
            {
                case '\uFEFF' or '\t' or ' ' or ',' or '\n' or '\r':
                    position++;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return new Token(TokenKind.Bang, position, position + 1, null);
                case '$':
                    return new Token(TokenKind.Dollar, position, position + 1, null);
                case '&':
                    return new Token(TokenKind.Amp, position, position + 1, null);
                case '(':
                    return new Token(TokenKind.ParenL, position, position + 1, null);
                case ')':
                    return new Token(TokenKind.ParenR, position, position + 1, null);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return new Token(TokenKind.Spread, position, position + 3, null);
                    }
                    if (CharAt(position + 1) == '.')
                    {
                        throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                    }
                    if (IsDigit(CharAt(position + 1)))
                    {
                        var digitsEnd = ReadDigits(position + 1);
                        throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0{body[position..digitsEnd]}\"?");
                    }
                    break;
                case ':':
                    return new Token(TokenKind.Colon, position, position + 1, null);
                case '=':
                    return new Token(TokenKind.Equals, position, position + 1, null);
                case '@':
                    return new Token(TokenKind.At, position, position + 1, null);
                case '[':
                    return new Token(TokenKind.BracketL, position, position + 1, null);
                case ']':
                    return new Token(TokenKind.BracketR, position, position + 1, null);
                case '{':
                    return new Token(TokenKind.BraceL, position, position + 1, null);
                case '|':
                    return new Token(TokenKind.Pipe, position, position + 1, null);
                case '}':
                    return new Token(TokenKind.BraceR, position, position + 1, null);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(position);
            }
            if (IsNameStart(c))
            {
                return ReadName(position);
            }
            throw Error(position, c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(c) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return new Token(TokenKind.EndOfFile, length, length, null);
    }

    internal static bool IsDigit(int c) => c is >= '0' and <= '9';

    internal static bool IsNameStart(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    internal static bool IsNameContinue(int c) => IsNameStart(c) || IsDigit(c);

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    /// <summary>-1 past the end, like charCodeAt's NaN, so comparisons simply fail.</summary>
    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private bool IsSupplementaryCodePoint(int position) =>
        char.IsHighSurrogate((char)CharAt(position)) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);

    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        var code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLError Error(int position, string description) => GraphQLError.Syntax(Source, position, description);

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c is '\n' or '\r')
            {
                break;
            }
            if (IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }
        return new Token(TokenKind.Comment, start, position, _body[(start + 1)..position]);
    }

    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CharAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }
        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            code = CharAt(position);
        }
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                ++position;
            }
            position = ReadDigits(position);
            code = CharAt(position);
        }
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    /// <summary>Reads one or more digits starting at <paramref name="start"/>; returns the position after them.</summary>
    private int ReadDigits(int start)
    {
        if (!IsDigit(CharAt(start)))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }
        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }
        return position;
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }
        return new Token(TokenKind.Name, start, position, _body[start..position]);
    }

    private Token ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c == '"')
            {
                if (value is null)
                {
                    return new Token(TokenKind.String, start, position + 1, _body[chunkStart..position]);
                }
                value.Append(_body, chunkStart, position - chunkStart);
                return new Token(TokenKind.String, start, position + 1, value.ToString());
            }
            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(_body, chunkStart, position - chunkStart);
                var size = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }
            if (c is '\n' or '\r')
            {
                break;
            }
            if (IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }
        throw Error(position, "Unterminated string.");
    }

    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
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
        var end = Math.Min(position + size, _body.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{_body[position..end]}\".");
    }

    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        // A surrogate pair written as two escapes ("\uD83D\uDE00") is one code point.
        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        var end = Math.Min(position + 6, _body.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{_body[position..end]}\".");
    }

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
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            var end = Math.Min(position + 2, _body.Length);
            throw Error(position, $"Invalid character escape sequence: \"{_body[position..end]}\".");
        }
        value.Append(escaped.Value);
        return 2;
    }

    private Token ReadBlockString(int start)
    {
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var value = string.Join('\n', BlockString.DedentBlockStringLines(lines));
                return new Token(TokenKind.BlockString, start, position + 3, value);
            }
            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (c is '\n' or '\r')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }
            if (IsUnicodeScalarValue(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }
        throw Error(position, "Unterminated string.");
    }
}
