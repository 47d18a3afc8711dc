namespace Tracker.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for executable and type-system documents (spec §2 and §3), accepting what
/// graphql-js 17 accepts by default and failing with its messages. Recursion is bounded by
/// <see cref="ParseOptions.MaxDepth"/>, and the token count by <see cref="ParseOptions.MaxTokens"/>.
/// </summary>
internal sealed partial class DocumentParser
{
    private readonly Lexer _lexer;
    private readonly ParseOptions _options;
    private Token _token;
    private int _lastTokenEnd;
    private int _tokenCount;
    private int _depth;

    public DocumentParser(Source source, ParseOptions options)
    {
        _lexer = new Lexer(source);
        _options = options;
        _token = new Token(TokenKind.StartOfFile, 0, 0, null);
    }

    private Source Source => _lexer.Source;

    public DocumentNode ParseDocument()
    {
        var start = _token;
        ExpectToken(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));
        return new DocumentNode { Definitions = definitions, TokenCount = _tokenCount, Location = Loc(start) };
    }

    /// <summary>Parses one construct that must span the whole source (parseValue, parseType).</summary>
    public T ParseWhole<T>(Func<DocumentParser, T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        var result = parse(this);
        ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(_token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw Error(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    // ---- Token handling -------------------------------------------------------------------------

    private GraphQLError Error(int position, string description) => GraphQLError.Syntax(Source, position, description);

    private GraphQLError Unexpected(Token? at = null)
    {
        var token = at ?? _token;
        return Error(token.Start, $"Unexpected {token.Describe()}.");
    }

    private Location? Loc(Token start) => _options.NoLocation ? null : new Location(start.Start, _lastTokenEnd, Source);

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token NextNonComment(int position)
    {
        var token = _lexer.ReadToken(position);
        while (token.Kind == TokenKind.Comment)
        {
            token = _lexer.ReadToken(token.End);
        }
        return token;
    }

    /// <summary>The token after the current one (used to see past a description).</summary>
    private Token Lookahead() => _token.Kind == TokenKind.EndOfFile ? _token : NextNonComment(_token.End);

    private void Advance()
    {
        _lastTokenEnd = _token.End;
        if (_token.Kind == TokenKind.EndOfFile)
        {
            return;
        }
        var next = NextNonComment(_token.End);
        if (next.Kind != TokenKind.EndOfFile)
        {
            ++_tokenCount;
            if (_options.MaxTokens is { } max && _tokenCount > max)
            {
                throw Error(next.Start, $"Document contains more than {max} tokens. Parsing aborted.");
            }
        }
        _token = next;
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }
        throw Error(token.Start, $"Expected {Token.KindDescription(kind)}, found {token.Describe()}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_token.Kind == kind)
        {
            Advance();
            return true;
        }
        return false;
    }

    private void ExpectKeyword(string value)
    {
        if (_token.Kind == TokenKind.Name && _token.Value == value)
        {
            Advance();
            return;
        }
        throw Error(_token.Start, $"Expected \"{value}\", found {_token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (_token.Kind == TokenKind.Name && _token.Value == value)
        {
            Advance();
            return true;
        }
        return false;
    }

    /// <summary>Enters one level of nesting; the caller must call <see cref="Leave"/>.</summary>
    private void Enter()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(_token.Start, $"Document nesting is deeper than {_options.MaxDepth} levels. Parsing aborted.");
        }
    }

    private void Leave() => --_depth;

    /// <summary>open, zero or more items, close.</summary>
    private List<T> Any<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            nodes.Add(parseItem());
        }
        return nodes;
    }

    /// <summary>Nothing, or open, one or more items, close.</summary>
    private List<T>? OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return null;
        }
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>open, one or more items, close.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>An optional leading delimiter, then one or more items separated by it.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }
}
