using System.Runtime.CompilerServices;

namespace Tracker.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for executable and type-system documents (spec §2 and §3), accepting what
/// graphql-js 17 accepts by default and failing with its messages. Recursion is bounded by
/// <see cref="ParseOptions.MaxDepth"/>, the token count by <see cref="ParseOptions.MaxTokens"/>.
/// Lists are built without delegates or intermediate collections: parsing is on every request's hot path.
/// </summary>
internal sealed partial class DocumentParser
{
    private readonly Lexer _lexer;
    private readonly Source _source;
    private readonly int _maxTokens;
    private readonly int _maxComments;
    private readonly int _maxDepth;
    private readonly bool _noLocation;
    private readonly bool _allowEmptySelectionSets;
    private NodeStack _items = new();
    private Token _token;
    private Token _lookahead;
    private bool _hasLookahead;
    private int _lastTokenEnd;
    private int _tokenCount;
    private int _commentCount;
    private int _depth;

    public DocumentParser(Source source, ParseOptions options)
    {
        _source = source;
        _lexer = new Lexer(source);
        _maxTokens = options.MaxTokens ?? int.MaxValue;
        _maxComments = options.MaxComments ?? int.MaxValue;
        _maxDepth = options.MaxDepth;
        _noLocation = options.NoLocation;
        _allowEmptySelectionSets = options.AllowEmptySelectionSets;
        _token = new Token(TokenKind.StartOfFile, 0, 0);
        if (options.MaxSourceLength is { } maxLength && source.Body.Length > maxLength)
        {
            throw SourceTooLong(maxLength);
        }
    }

    /// <summary>Gives the parser's rented buffers back to the pool; the parser is not used afterwards.</summary>
    public void Release()
    {
        _items.Release();
        _lexer.Release();
    }

    /// <summary>Document: Definition+ (spec §2.2).</summary>
    public DocumentNode ParseDocument()
    {
        var start = _token.Start;
        ExpectToken(TokenKind.StartOfFile);
        var mark = _items.Mark;
        do
        {
            _items.Push(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));
        return new DocumentNode { Definitions = _items.PopFrom<DefinitionNode>(mark), TokenCount = _tokenCount, Location = Loc(start) };
    }

    /// <summary>A source holding exactly one value literal (graphql-js parseValue and parseConstValue).</summary>
    public ValueNode ParseSingleValue(bool isConst)
    {
        ExpectToken(TokenKind.StartOfFile);
        var value = ParseValueLiteral(isConst);
        ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>A source holding exactly one type reference (graphql-js parseType).</summary>
    public TypeNode ParseSingleType()
    {
        ExpectToken(TokenKind.StartOfFile);
        var type = ParseTypeReference();
        ExpectToken(TokenKind.EndOfFile);
        return type;
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
            switch (_lexer.Text(keyword))
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
            // Descriptions belong to definitions only: an extension cannot have one.
            if (hasDescription)
            {
                throw Error(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
            if (_lexer.Text(keyword).SequenceEqual("extend"))
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    // ---- Tokens ---------------------------------------------------------------------------------

    /// <summary>The location of a node that started at <paramref name="start"/> and ended with the last token read.</summary>
    private Location? Loc(int start) => _noLocation ? null : new Location(start, _lastTokenEnd, _source);

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    /// <summary>The next token that is not a comment, counting comments against their limit.</summary>
    private Token ReadSignificantToken(int position)
    {
        var token = _lexer.ReadToken(position);
        while (token.Kind == TokenKind.Comment)
        {
            if (++_commentCount > _maxComments)
            {
                throw TooManyComments(token.Start);
            }
            token = _lexer.ReadToken(token.End);
        }
        return token;
    }

    /// <summary>The token after the current one (to see past a description or <c>extend</c>); read once.</summary>
    private Token Lookahead()
    {
        if (_token.Kind == TokenKind.EndOfFile)
        {
            return _token;
        }
        if (!_hasLookahead)
        {
            _lookahead = ReadSignificantToken(_token.End);
            _hasLookahead = true;
        }
        return _lookahead;
    }

    private void Advance()
    {
        _lastTokenEnd = _token.End;
        if (_token.Kind == TokenKind.EndOfFile)
        {
            return;
        }
        Token next;
        if (_hasLookahead)
        {
            next = _lookahead;
            _hasLookahead = false;
        }
        else
        {
            next = ReadSignificantToken(_token.End);
        }
        if (next.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw TooManyTokens(next.Start);
        }
        _token = next;
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw ExpectedToken(kind);
        }
        Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        if (!ExpectOptionalKeyword(value))
        {
            throw ExpectedKeyword(value);
        }
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (_token.Kind != TokenKind.Name || !_lexer.Text(_token).SequenceEqual(value))
        {
            return false;
        }
        Advance();
        return true;
    }

    // ---- Nesting --------------------------------------------------------------------------------

    /// <summary>
    /// Enters one level of nesting at the current (opening) token; the caller calls <see cref="Leave"/>.
    /// The stack probe backs up <see cref="ParseOptions.MaxDepth"/> when it is set higher than the thread's
    /// stack allows: hostile input must end in an error, never a stack overflow. Probing every 8th level is
    /// enough (8 levels use a few kilobytes; the probe keeps tens of kilobytes in reserve).
    /// </summary>
    private void Enter()
    {
        if (++_depth > _maxDepth)
        {
            throw TooDeep();
        }
        if ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw StackTooSmall();
        }
    }

    private void Leave() => --_depth;
}
