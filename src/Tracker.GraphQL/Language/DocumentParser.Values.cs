namespace Tracker.GraphQL.Language;

// Input values, directives and type references (spec §2.9-§2.12).
internal sealed partial class DocumentParser
{
    internal ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = _lexer.Value(token)!, Location = Loc(token.Start) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = _lexer.Value(token)!, Location = Loc(token.Start) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return _lexer.Text(token) switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token.Start) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token.Start) },
                    "null" => new NullValueNode { Location = Loc(token.Start) },
                    _ => new EnumValueNode { Value = _lexer.Value(token)!, Location = Loc(token.Start) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_token.Kind == TokenKind.Name)
                    {
                        throw VariableInConstantValue(token);
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        var value = _lexer.Value(token)!;
        Advance();
        return new StringValueNode { Value = value, Block = token.Kind == TokenKind.BlockString, Location = Loc(token.Start) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _token.Start;
        Enter();
        ExpectToken(TokenKind.BracketL);
        var mark = _items.Mark;
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            _items.Push(ParseValueLiteral(isConst));
        }
        Leave();
        return new ListValueNode { Values = _items.PopFrom<ValueNode>(mark), Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token.Start;
        Enter();
        ExpectToken(TokenKind.BraceL);
        var mark = _items.Mark;
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            _items.Push(ParseObjectField(isConst));
        }
        Leave();
        return new ObjectValueNode { Fields = _items.PopFrom<ObjectFieldNode>(mark), Location = Loc(start) };
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _token.Start;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = Loc(start) };
    }

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        var mark = _items.Mark;
        do
        {
            _items.Push(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));
        return _items.PopFrom<DirectiveNode>(mark);
    }

    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _token.Start;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) };
    }

    /// <summary>Type: NamedType | ListType | NonNullType (spec §2.11).</summary>
    internal TypeNode ParseTypeReference()
    {
        var start = _token.Start;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            Enter();
            Advance();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            Leave();
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode { Type = type, Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token.Start;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
