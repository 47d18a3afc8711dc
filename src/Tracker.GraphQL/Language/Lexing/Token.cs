namespace Tracker.GraphQL.Language;

/// <summary>
/// A lexed token: its kind and UTF-16 offsets. The value (a name's text, a string's decoded value) is read
/// from the lexer only when the parser keeps it, so keywords and punctuators cost no string, and a token
/// is small enough to travel in registers.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    /// <summary>A kind as graphql-js's getTokenKindDesc prints it: punctuators quoted, others by name.</summary>
    public static string KindDescription(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "Comment",
    };
}
