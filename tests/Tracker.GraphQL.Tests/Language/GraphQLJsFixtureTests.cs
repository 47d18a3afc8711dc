using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>
/// The lexer, parser and printer against graphql-js 17.1.0's answers for the same sources: tokens, ASTs
/// with every location, token counts, printed text, and every error's message, line and column.
/// </summary>
public sealed class GraphQLJsFixtureTests
{
    public static TheoryData<int> LexerCases => LanguageFixtures.Indices("lexer");

    public static TheoryData<int> ParseCases => LanguageFixtures.Indices("parse");

    public static TheoryData<int> ParseValueCases => LanguageFixtures.Indices("parseValue");

    public static TheoryData<int> ParseConstValueCases => LanguageFixtures.Indices("parseConstValue");

    public static TheoryData<int> ParseTypeCases => LanguageFixtures.Indices("parseType");

    public static TheoryData<int> PrintForErrorCases => LanguageFixtures.Indices("printForError");

    public static TheoryData<int> DedentCases => LanguageFixtures.Indices("dedent");

    public static TheoryData<int> BlockStringCases => LanguageFixtures.Indices("blockString");

    [Theory]
    [MemberData(nameof(LexerCases))]
    public void Lexes_like_graphql_js(int index)
    {
        var testCase = LanguageFixtures.Case("lexer", index);
        var source = new Source(LanguageFixtures.Text(testCase, "source"));
        var expectedError = LanguageFixtures.Error(testCase);

        var tokens = new List<string> { "<SOF> 0-0" };
        GraphQLError? error = null;
        try
        {
            var lexer = new Lexer(source);
            var position = 0;
            Token token;
            do
            {
                token = lexer.ReadToken(position);
                tokens.Add(Render(lexer, token));
                position = token.End;
            }
            while (token.Kind != TokenKind.EndOfFile);
        }
        catch (GraphQLError e)
        {
            error = e;
        }

        if (expectedError is { } expected)
        {
            AssertError(expected, error, testCase);
        }
        else
        {
            Assert.Null(error);
            var expectedTokens = testCase.GetProperty("tokens").EnumerateArray().Select(RenderExpected).ToList();
            Assert.Equal(expectedTokens, tokens);
        }
    }

    [Theory]
    [MemberData(nameof(ParseCases))]
    public void Parses_and_prints_like_graphql_js(int index)
    {
        var testCase = LanguageFixtures.Case("parse", index);
        var source = LanguageFixtures.Text(testCase, "source");
        var outcome = Outcome(() => Parser.Parse(source, Unlimited));

        if (LanguageFixtures.Error(testCase) is { } expected)
        {
            AssertError(expected, outcome.Error, testCase);
            return;
        }
        Assert.Null(outcome.Error);
        var document = outcome.Node!;
        Assert.Equal(LanguageFixtures.Text(testCase, "ast"), AstCanonical.Render(document));
        Assert.Equal(testCase.GetProperty("tokenCount").GetInt32(), document.TokenCount);
        var printed = Printer.Print(document);
        Assert.Equal(LanguageFixtures.Text(testCase, "printed"), printed);
        var reparsed = Parser.Parse(printed, Unlimited);
        Assert.Equal(printed, Printer.Print(reparsed));
        AstAssert.Equivalent(document, reparsed);
    }

    [Theory]
    [MemberData(nameof(ParseValueCases))]
    public void Parses_values_like_graphql_js(int index) =>
        AssertSingle(LanguageFixtures.Case("parseValue", index), s => Parser.ParseValue(s, Unlimited));

    [Theory]
    [MemberData(nameof(ParseConstValueCases))]
    public void Parses_constant_values_like_graphql_js(int index) =>
        AssertSingle(LanguageFixtures.Case("parseConstValue", index), s => Parser.ParseConstValue(s, Unlimited));

    [Theory]
    [MemberData(nameof(ParseTypeCases))]
    public void Parses_types_like_graphql_js(int index) =>
        AssertSingle(LanguageFixtures.Case("parseType", index), s => Parser.ParseType(s, Unlimited));

    [Theory]
    [MemberData(nameof(PrintForErrorCases))]
    public void Prints_for_errors_like_graphql_js(int index)
    {
        var testCase = LanguageFixtures.Case("printForError", index);
        var value = Parser.ParseValue(LanguageFixtures.Text(testCase, "source"), Unlimited);

        Assert.Equal(LanguageFixtures.Text(testCase, "printed"), Printer.PrintForError(value));
    }

    [Theory]
    [MemberData(nameof(DedentCases))]
    public void Dedents_block_string_lines_like_graphql_js(int index)
    {
        var testCase = LanguageFixtures.Case("dedent", index);
        var lines = testCase.GetProperty("lines").EnumerateArray().Select(LanguageFixtures.Text).ToList();
        var expected = testCase.GetProperty("dedented").EnumerateArray().Select(LanguageFixtures.Text).ToList();

        Assert.Equal(expected, BlockString.DedentBlockStringLines(lines));
    }

    [Theory]
    [MemberData(nameof(BlockStringCases))]
    public void Prints_block_strings_like_graphql_js(int index)
    {
        var testCase = LanguageFixtures.Case("blockString", index);
        var value = LanguageFixtures.Text(testCase, "value");

        Assert.Equal(LanguageFixtures.Text(testCase, "printed"), BlockString.PrintBlockString(value));
        Assert.Equal(LanguageFixtures.Text(testCase, "minimized"), BlockString.PrintBlockString(value, minimize: true));
        Assert.Equal(testCase.GetProperty("printable").GetBoolean(), BlockString.IsPrintableAsBlockString(value));
    }

    /// <summary>
    /// Thousands of seeded random mutations of the curated documents: whatever graphql-js says about each
    /// (its error and position, or a hash of its AST and of its printed text), the parser says the same.
    /// </summary>
    [Fact]
    public void Agrees_with_graphql_js_on_mutated_documents()
    {
        var failures = new List<string>();
        var cases = LanguageFixtures.Section("fuzz");
        foreach (var testCase in cases.EnumerateArray())
        {
            var source = LanguageFixtures.Text(testCase, "source");
            var outcome = Outcome(() => Parser.Parse(source, Unlimited));
            string? failure;
            if (LanguageFixtures.Error(testCase) is { } expected)
            {
                failure = outcome.Error is { } error && error.Message == expected.Message
                    && error.Locations is [var location] && location == new SourceLocation(expected.Line, expected.Column)
                    ? null
                    : $"expected {expected} got {outcome.Error?.Message} {string.Join(",", outcome.Error?.Locations ?? [])}";
            }
            else if (outcome.Error is { } error)
            {
                failure = $"expected success, got {error.Message}";
            }
            else
            {
                var document = outcome.Node!;
                failure = Hash(AstCanonical.Render(document)) != LanguageFixtures.Text(testCase, "astHash") ? "AST differs"
                    : document.TokenCount != testCase.GetProperty("tokenCount").GetInt32() ? "token count differs"
                    : Hash(Printer.Print(document)) != LanguageFixtures.Text(testCase, "printedHash") ? "printed text differs"
                    : null;
            }
            if (failure is not null)
            {
                failures.Add($"{LanguageFixtures.Describe(testCase)}: {failure}");
            }
        }

        Assert.True(cases.GetArrayLength() >= 3000, "the fixture holds the generated cases");
        Assert.True(failures.Count == 0, $"{failures.Count} disagreements:\n{string.Join("\n", failures.Take(20))}");
    }

    private static readonly ParseOptions Unlimited = new() { MaxTokens = null };

    private static (T? Node, GraphQLError? Error) Outcome<T>(Func<T> parse)
        where T : Node
    {
        try
        {
            return (parse(), null);
        }
        catch (GraphQLError error)
        {
            return (null, error);
        }
    }

    private static void AssertSingle(JsonElement testCase, Func<string, Node> parse)
    {
        var outcome = Outcome(() => parse(LanguageFixtures.Text(testCase, "source")));
        if (LanguageFixtures.Error(testCase) is { } expected)
        {
            AssertError(expected, outcome.Error, testCase);
            return;
        }
        Assert.Null(outcome.Error);
        Assert.Equal(LanguageFixtures.Text(testCase, "ast"), AstCanonical.Render(outcome.Node!));
    }

    private static void AssertError((string Message, int Line, int Column) expected, GraphQLError? actual, JsonElement testCase)
    {
        Assert.True(actual is not null, $"{LanguageFixtures.Describe(testCase)} should fail with {expected.Message}");
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal([new SourceLocation(expected.Line, expected.Column)], actual.Locations);
        Assert.Equal(ErrorCodes.ParseFailed, actual.Code);
    }

    private static string Render(Lexer lexer, Token token)
    {
        var kind = Token.KindDescription(token.Kind).Trim('"');
        return lexer.Value(token) is { } value ? $"{kind} {token.Start}-{token.End} {Utilities.JsFormat.JsonString(value)}" : $"{kind} {token.Start}-{token.End}";
    }

    private static string RenderExpected(JsonElement token)
    {
        var kind = LanguageFixtures.Text(token[0]);
        var text = $"{kind} {token[1].GetInt32()}-{token[2].GetInt32()}";
        return token[3].ValueKind == JsonValueKind.Null ? text : $"{text} {Utilities.JsFormat.JsonString(LanguageFixtures.Text(token[3]))}";
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
