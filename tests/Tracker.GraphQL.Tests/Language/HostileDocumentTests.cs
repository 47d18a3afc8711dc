using System.Text;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>Documents built to exhaust the parser must end in a syntax error, never a crash or a hang.</summary>
public sealed class HostileDocumentTests
{
    [Theory]
    [InlineData('[', "{ a(x: ", ") }")]
    [InlineData('{', "", "")]
    public void Deeply_nested_brackets_stop_at_the_nesting_limit(char bracket, string prefix, string suffix)
    {
        var document = prefix + new string(bracket, 100_000) + suffix;

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.StartsWith("Syntax Error: ", error.Message);
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
    }

    [Fact]
    public void Deep_list_types_stop_at_the_nesting_limit()
    {
        var document = "query Q($v: " + new string('[', 50_000) + "Int" + new string(']', 50_000) + ") { a }";

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Contains("nesting", error.Message);
    }

    [Fact]
    public void Limits_are_configurable()
    {
        var options = new ParseOptions { MaxDepth = 2, MaxTokens = 10 };

        Assert.Contains("nesting", Assert.Throws<GraphQLError>(() => Parser.Parse("{ a { b { c } } }", options)).Message);
        Assert.Contains("more than 10 tokens", Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c d e f g h i j k }", options)).Message);
        Assert.NotNull(Parser.Parse("{ a { b } }", options));
    }
}
