namespace Tracker.GraphQL.Language;

/// <summary>
/// Turns a source into tokens on demand (spec §2.1). Ignored tokens (white space, line terminators,
/// commas, the BOM) are skipped; comments are returned so the parser can skip them too. Messages follow
/// graphql-js's lexer word for word. Line and column are not tracked: <see cref="Source"/> computes them
/// from an offset when an error needs them.
/// </summary>
internal sealed partial class Lexer(Source source)
{
    private readonly string _body = source.Body;

    private NameCache _names = new();

    /// <summary>Gives the name cache's array back to the pool: the parse is over.</summary>
    public void Release() => _names.Release();

    public Source Source { get; } = source;

    /// <summary>Reads the token that starts at or after <paramref name="position"/>.</summary>
    public Token ReadToken(int position)
    {
        var body = _body;
        while ((uint)position < (uint)body.Length)
        {
            int c = body[position];
            if (c == ' ')
            {
                // Indentation is most of a document's characters: skip spaces before any table lookup.
                position++;
                continue;
            }
            if (c < 128)
            {
                var classes = CharacterClasses.Ascii[c];
                if ((classes & CharacterClasses.NameStart) != 0)
                {
                    return ReadName(position);
                }
                var punctuator = CharacterClasses.Punctuators[c];
                if (punctuator != 0)
                {
                    return new Token((TokenKind)punctuator, position, position + 1);
                }
                if ((classes & CharacterClasses.Ignored) != 0)
                {
                    position++;
                    continue;
                }
                if ((classes & CharacterClasses.Digit) != 0 || c == '-')
                {
                    return ReadNumber(position);
                }
                switch (c)
                {
                    case '#':
                        return ReadComment(position);
                    case '"':
                        return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                            ? ReadBlockString(position)
                            : ReadString(position);
                    case '.':
                        if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                        {
                            return new Token(TokenKind.Spread, position, position + 3);
                        }
                        throw UnexpectedDot(position);
                }
            }
            else if (c == '\uFEFF')
            {
                // The byte order mark is ignored anywhere (spec §2.1.1 UnicodeBOM).
                position++;
                continue;
            }
            throw UnexpectedCharacter(position);
        }
        return new Token(TokenKind.EndOfFile, body.Length, body.Length);
    }

    /// <summary>The raw text of a name, number or comment token.</summary>
    public ReadOnlySpan<char> Text(Token token) => _body.AsSpan(token.Start, token.End - token.Start);

    /// <summary>graphql-js's token.value: the text of names and numbers, a comment without "#", a string's
    /// decoded value (the last one decoded is kept, else it is decoded again); null for punctuators.</summary>
    public string? Value(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Name:
                return _names.Get(_body, token.Start, token.End - token.Start);
            case TokenKind.Int or TokenKind.Float:
                return _body.Substring(token.Start, token.End - token.Start);
            case TokenKind.Comment:
                return _body.Substring(token.Start + 1, token.End - token.Start - 1);
            case TokenKind.String or TokenKind.BlockString:
                if (_decodedStart != token.Start || _decoded is null)
                {
                    ReadToken(token.Start);
                }
                return _decoded;
            default:
                return null;
        }
    }

    /// <summary>Whether a token's value (as <see cref="Value"/> gives it) is <paramref name="text"/>.</summary>
    public bool ValueEquals(Token token, string text) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Text(token).SequenceEqual(text),
        TokenKind.Comment => _body.AsSpan(token.Start + 1, token.End - token.Start - 1).SequenceEqual(text),
        TokenKind.String or TokenKind.BlockString => Value(token) == text,
        _ => false,
    };

    /// <summary>"Name \"foo\"", "\"{\"", "&lt;EOF&gt;" as graphql-js's getTokenDesc prints them.</summary>
    public string Describe(Token token) =>
        Value(token) is { } value ? $"{Token.KindDescription(token.Kind)} \"{value}\"" : Token.KindDescription(token.Kind);

    /// <summary>-1 past the end, like charCodeAt's NaN, so comparisons simply fail.</summary>
    private int CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private bool IsSupplementaryCodePoint(int position) =>
        char.IsHighSurrogate((char)CharAt(position)) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);

    /// <summary>Name (spec §2.1.9): /[_A-Za-z][_0-9A-Za-z]*/.</summary>
    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while ((uint)position < (uint)body.Length)
        {
            int c = body[position];
            if (c >= 128 || (CharacterClasses.Ascii[c] & CharacterClasses.NameContinue) == 0)
            {
                break;
            }
            position++;
        }
        return new Token(TokenKind.Name, start, position);
    }

    /// <summary>Comment (spec §2.1.6): "#" up to the end of the line; a lone surrogate also ends it.</summary>
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
                break;
            }
        }
        return new Token(TokenKind.Comment, start, position);
    }
}
