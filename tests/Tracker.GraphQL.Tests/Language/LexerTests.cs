using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>The lexer (spec §2.1): every token kind, ignored tokens, number, string and block string rules and
/// the exact messages and positions of graphql-js 17.1.0 (the fixtures cover many more sources).</summary>
public sealed class LexerTests
{
    [Theory]
    [InlineData("!", "Bang")]
    [InlineData("$", "Dollar")]
    [InlineData("&", "Amp")]
    [InlineData("(", "ParenL")]
    [InlineData(")", "ParenR")]
    [InlineData("...", "Spread")]
    [InlineData(":", "Colon")]
    [InlineData("=", "Equals")]
    [InlineData("@", "At")]
    [InlineData("[", "BracketL")]
    [InlineData("]", "BracketR")]
    [InlineData("{", "BraceL")]
    [InlineData("|", "Pipe")]
    [InlineData("}", "BraceR")]
    public void Lexes_every_punctuator(string source, string kind)
    {
        var (token, _) = Single(source);

        Assert.Equal(Enum.Parse<TokenKind>(kind), token.Kind);
        Assert.Equal((0, source.Length), (token.Start, token.End));
    }

    [Theory]
    [InlineData("simple", "Name", "simple")]
    [InlineData("_under_Score9", "Name", "_under_Score9")]
    [InlineData("0", "Int", "0")]
    [InlineData("-0", "Int", "-0")]
    [InlineData("1234567890123456789012345", "Int", "1234567890123456789012345")]
    [InlineData("-4.123", "Float", "-4.123")]
    [InlineData("0.0", "Float", "0.0")]
    [InlineData("123e4", "Float", "123e4")]
    [InlineData("123E-4", "Float", "123E-4")]
    [InlineData("-1.123e+4", "Float", "-1.123e+4")]
    [InlineData("\"\"", "String", "")]
    [InlineData("\"simple\"", "String", "simple")]
    [InlineData("\"quote \\\"\"", "String", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "String", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "String", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1F600} \\u{0} \\u{00000041}\"", "String", "😀 \0 A")]
    [InlineData("\"\\uD83D\\uDE00\"", "String", "😀")]
    [InlineData("\"raw 😀 and control \u0007\"", "String", "raw 😀 and control \u0007")]
    [InlineData("\"\"\"\"\"\"", "BlockString", "")]
    [InlineData("\"\"\"raw \\n \\u1234 \"\"\"", "BlockString", "raw \\n \\u1234 ")]
    [InlineData("\"\"\"contains \\\"\"\" escaped\"\"\"", "BlockString", "contains \"\"\" escaped")]
    [InlineData("\"\"\"\n\n    spans\n      lines\n\n    \"\"\"", "BlockString", "spans\n  lines")]
    [InlineData("\"\"\"a\r\nb\rc\"\"\"", "BlockString", "a\nb\nc")]
    [InlineData("# a comment", "Comment", " a comment")]
    public void Lexes_values(string source, string kind, string value)
    {
        var (token, lexer) = Single(source);

        Assert.Equal(Enum.Parse<TokenKind>(kind), token.Kind);
        Assert.Equal((0, source.Length), (token.Start, token.End));
        Assert.Equal(value, lexer.Value(token));
    }

    [Fact]
    public void Skips_the_byte_order_mark_white_space_line_terminators_and_commas()
    {
        var source = new Source("\uFEFF ,\t a,,\r\n  b\r c\n\n  d");
        var lexer = new Lexer(source);

        var tokens = All(lexer);

        Assert.Equal(["Name 5-6", "Name 12-13", "Name 15-16", "Name 20-21", "EndOfFile 21-21"], tokens.Select(t => $"{t.Kind} {t.Start}-{t.End}"));
        // graphql-js counts "\r\n", "\r" and "\n" each as one line break.
        Assert.Equal(
            [new SourceLocation(1, 6), new SourceLocation(2, 3), new SourceLocation(3, 2), new SourceLocation(5, 3)],
            tokens.Take(4).Select(t => source.GetLocation(t.Start)));
    }

    [Fact]
    public void Returns_comments_which_the_parser_skips()
    {
        var lexer = new Lexer(new Source("a # one\n# two\r\nb"));

        var tokens = All(lexer);

        Assert.Equal(["Name", "Comment", "Comment", "Name", "EndOfFile"], tokens.Select(t => t.Kind.ToString()));
        Assert.Equal([" one", " two"], tokens.Where(t => t.Kind == TokenKind.Comment).Select(t => lexer.Value(t)));
    }

    [Fact]
    public void Describes_tokens_as_graphql_js_messages_do()
    {
        var lexer = new Lexer(new Source("name \"str\" 12 { ... \"\"\"block\"\"\""));
        var tokens = All(lexer);

        Assert.Equal(
            ["Name \"name\"", "String \"str\"", "Int \"12\"", "\"{\"", "\"...\"", "BlockString \"block\"", "<EOF>"],
            tokens.Select(lexer.Describe));
    }

    // Messages and positions from graphql-js 17.1.0 (lexer.js).
    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 1, 3)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("12a", "Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("1_", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("0x1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.0e1.2", "Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData(".123", "Invalid number, expected digit before \".\", did you mean \"0.123\"?", 1, 1)]
    [InlineData("..", "Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData(".", "Unexpected character: \".\".", 1, 1)]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0000", "Unexpected character: U+0000.", 1, 1)]
    [InlineData("\u00A0", "Unexpected character: U+00A0.", 1, 1)]
    [InlineData("😀", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("<D800>", "Invalid character: U+D800.", 1, 1)]
    [InlineData("<DC00>x", "Invalid character: U+DC00.", 1, 1)]
    [InlineData("'x'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Unterminated string.", 1, 8)]
    [InlineData("\"line\nbreak\"", "Unterminated string.", 1, 6)]
    [InlineData("\"return\rbreak\"", "Unterminated string.", 1, 8)]
    [InlineData("\"lone <D800>\"", "Invalid character within String: U+D800.", 1, 7)]
    [InlineData("\"\\z\"", "Invalid character escape sequence: \"\\z\".", 1, 2)]
    [InlineData("\"\\", "Invalid character escape sequence: \"\\\".", 1, 2)]
    [InlineData("\"\\u12\"", "Invalid Unicode escape sequence: \"\\u12\"\".", 1, 2)]
    [InlineData("\"\\uXYZW\"", "Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 2)]
    [InlineData("\"\\uD800\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\u{123456789}\"", "Invalid Unicode escape sequence: \"\\u{123456789\".", 1, 2)]
    [InlineData("\"\\u{1F600\"", "Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 2)]
    [InlineData("\"\"\"no end", "Unterminated string.", 1, 10)]
    [InlineData("\"\"\"lone <DC00>\"\"\"", "Invalid character within String: U+DC00.", 1, 9)]
    [InlineData("a\r\n  \"\\x\"", "Invalid character escape sequence: \"\\x\".", 2, 4)]
    public void Rejects_invalid_input_with_graphql_js_messages(string source, string message, int line, int column)
    {
        // Lone surrogates do not survive xunit's test case serialization: they are written as <D800>.
        source = source.Replace("<D800>", "\uD800").Replace("<DC00>", "\uDC00");

        var error = Assert.Throws<GraphQLError>(() => All(new Lexer(new Source(source))));

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public void Reads_a_string_value_again_when_another_string_was_read_since()
    {
        var lexer = new Lexer(new Source("\"first\\n\" \"second\""));
        var first = lexer.ReadToken(0);
        var second = lexer.ReadToken(first.End);

        Assert.Equal("second", lexer.Value(second));
        Assert.Equal("first\n", lexer.Value(first));
        Assert.True(lexer.ValueEquals(second, "second"));
    }

    private static (Token Token, Lexer Lexer) Single(string source)
    {
        var lexer = new Lexer(new Source(source));
        var tokens = All(lexer);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(TokenKind.EndOfFile, tokens[1].Kind);
        return (tokens[0], lexer);
    }

    private static List<Token> All(Lexer lexer)
    {
        var tokens = new List<Token>();
        var position = 0;
        Token token;
        do
        {
            token = lexer.ReadToken(position);
            tokens.Add(token);
            position = token.End;
        }
        while (token.Kind != TokenKind.EndOfFile);
        return tokens;
    }
}
