using System.Text;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>
/// Documents built to exhaust the parser end in a syntax error, never a stack overflow or a hang; documents
/// at the limits parse, print and walk on a thread with the default 1 MB stack.
/// </summary>
public sealed class HostileDocumentTests
{
    private const int OneMegabyte = 1024 * 1024;

    [Theory]
    [InlineData("list values")]
    [InlineData("object values")]
    [InlineData("selection sets")]
    [InlineData("list types")]
    [InlineData("inline fragments")]
    public void A_hundred_thousand_levels_stop_at_the_nesting_limit(string shape)
    {
        var document = Nested(shape, 100_000);

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal("Syntax Error: Document nesting is deeper than 256 levels. Parsing aborted.", error.Message);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public void The_nesting_error_points_at_the_first_bracket_too_deep()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a(x: [[[[1]]]]) }", new ParseOptions { MaxDepth = 3 }));

        Assert.Equal("Syntax Error: Document nesting is deeper than 3 levels. Parsing aborted.", error.Message);
        // Depth 1 is the selection set, 2 and 3 the first two lists: the third "[" (column 10) is too deep.
        Assert.Equal([new SourceLocation(1, 10)], error.Locations);
    }

    [Theory]
    [InlineData("list values")]
    [InlineData("object values")]
    [InlineData("selection sets")]
    [InlineData("list types")]
    [InlineData("inline fragments")]
    [InlineData("mixed")]
    public void The_deepest_document_the_default_limit_allows_parses_prints_and_walks_on_a_1_MB_stack(string shape)
    {
        var document = Nested(shape, ParseOptions.Default.MaxDepth);

        var (printed, walked) = OnThread(OneMegabyte, () =>
        {
            var ast = Parser.Parse(document);
            var counter = new NodeCounter();
            counter.Walk(ast);
            return (Printer.Print(ast), counter.Count);
        });

        Assert.True(walked > ParseOptions.Default.MaxDepth, "every level was walked");
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
        Assert.Throws<GraphQLError>(() => Parser.Parse(Nested(shape, ParseOptions.Default.MaxDepth + 1)));
    }

    [Fact]
    public void Without_a_nesting_limit_a_small_stack_still_ends_in_a_syntax_error()
    {
        var document = Nested("list values", 1_000_000);
        var options = new ParseOptions { MaxDepth = int.MaxValue, MaxTokens = null };

        var error = OnThread(256 * 1024, () => Assert.Throws<GraphQLError>(() => Parser.Parse(document, options)));

        Assert.StartsWith("Syntax Error: Document nesting is deeper than this thread's stack allows (", error.Message);
    }

    [Fact]
    public void A_million_tokens_stop_at_the_token_limit()
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < 1_000_000; i++)
        {
            document.Append("a ");
        }
        document.Append('}');

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document.ToString()));

        Assert.Equal("Syntax Error: Document contains more than 100000 tokens. Parsing aborted.", error.Message);
        // Token 100,001 is the 100,000th "a": "{ " then "a " pairs.
        Assert.Equal([new SourceLocation(1, 2 + 1 + (99_999 * 2))], error.Locations);
    }

    [Fact]
    public void A_million_tokens_parse_when_the_token_limit_is_lifted()
    {
        var document = "{ " + string.Concat(Enumerable.Repeat("a ", 1_000_000)) + "}";

        var ast = Parser.Parse(document, new ParseOptions { MaxTokens = null });

        Assert.Equal(1_000_002, ast.TokenCount);
        Assert.Equal(1_000_000, ((OperationDefinitionNode)ast.Definitions[0]).SelectionSet.Selections.Count);
    }

    [Fact]
    public void Huge_tokens_are_read_in_one_piece()
    {
        var text = new string('x', 4_000_000);

        var value = (StringValueNode)Parser.ParseValue("\"" + text + "\"");
        var block = (StringValueNode)Parser.ParseValue("\"\"\"\n  " + text + "\n\"\"\"");
        var name = (EnumValueNode)Parser.ParseValue(text);

        Assert.Equal(text, value.Value);
        Assert.Equal(text, block.Value);
        Assert.Equal(text, name.Value);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("# comment")]
    [InlineData("\"\\u{")]
    public void Unterminated_constructs_at_the_end_of_a_large_document_fail_cleanly(string tail)
    {
        var document = "{ " + string.Concat(Enumerable.Repeat("field ", 10_000)) + tail;

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.StartsWith("Syntax Error: ", error.Message);
    }

    [Fact]
    public void Comments_do_not_count_as_tokens_but_can_be_limited()
    {
        var document = string.Concat(Enumerable.Repeat("# comment\n", 1_000)) + "{ a }";

        Assert.Equal(3, Parser.Parse(document, new ParseOptions { MaxTokens = 3 }).TokenCount);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document, new ParseOptions { MaxComments = 999 }));
        Assert.Equal("Syntax Error: Document contains more than 999 comments. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1000, 1)], error.Locations);
    }

    private static string Nested(string shape, int depth) => shape switch
    {
        "list values" => "{ a(x: " + new string('[', depth - 1) + "1" + new string(']', depth - 1) + ") }",
        "object values" => "{ a(x: " + Repeat("{b: ", depth - 1) + "1" + new string('}', depth - 1) + ") }",
        "selection sets" => Repeat("{ a ", depth) + new string('}', depth),
        "list types" => "query Q($v: " + new string('[', depth) + "Int" + new string(']', depth) + ") { a }",
        "inline fragments" => Repeat("{ ... ", depth - 1) + "{ a }" + Repeat(" }", depth - 1),
        // Selection sets, then lists and objects in turn: the limit counts every kind together.
        _ => Repeat("{ a ", depth / 2) + "{ f(x: " + MixedValue(depth - (depth / 2) - 1) + ") }" + new string('}', depth / 2),
    };

    private static string MixedValue(int levels)
    {
        var opening = new StringBuilder();
        var closing = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            opening.Append(i % 2 == 0 ? "[" : "{b: ");
            closing.Insert(0, i % 2 == 0 ? "]" : "}");
        }
        return opening + "1" + closing;
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static T OnThread<T>(int stackSize, Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, stackSize);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("The work failed on its thread.", failure);
    }

    private sealed class NodeCounter : AstVisitor
    {
        public int Count { get; private set; }

        protected override bool Enter(Node node)
        {
            Count++;
            return true;
        }
    }
}
