using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>Block strings (spec §2.9.4): dedenting, printing and the printable test, with graphql-js 17.1.0's results.</summary>
public sealed class BlockStringTests
{
    public static TheoryData<string[], string[]> DedentCases => new()
    {
        { ["", "  Hello,", "    World!", "", "  Yours,", "    GraphQL.", ""], ["Hello,", "  World!", "", "Yours,", "  GraphQL."] },
        { ["first", "  a", "    b"], ["first", "a", "  b"] },
        { ["  first line keeps its indentation", "    x"], ["  first line keeps its indentation", "x"] },
        { ["", "", "  a", "", "  b", "", ""], ["a", "", "b"] },
        { ["\tx", "\t\ty", "\tz"], ["\tx", "\ty", "z"] },
        { ["  ", "   ", ""], [] },
        { ["x", "   ", "  y"], ["x", " ", "y"] },
        { ["", "  a", "b"], ["  a", "b"] },
    };

    [Theory]
    [MemberData(nameof(DedentCases))]
    public void Dedents_lines_by_the_common_indentation_and_trims_blank_lines(string[] lines, string[] expected)
    {
        Assert.Equal(expected, BlockString.DedentBlockStringLines(lines));
    }

    [Fact]
    public void The_lexer_dedents_like_the_helper()
    {
        var value = (StringValueNode)Parser.ParseValue("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", value.Value);
        Assert.True(value.Block);
    }

    // Outputs of graphql-js 17.1.0's printBlockString.
    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("first\nsecond", "\"\"\"\nfirst\nsecond\n\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("\n  leading newline", "\"\"\"\n\n  leading newline\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with backslash\\", "\"\"\"\nends with backslash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("a\r\nb", "\"\"\"\na\r\nb\n\"\"\"")]
    public void Prints_block_strings_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.PrintBlockString(value));
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Fact]
    public void Prints_long_values_on_their_own_lines_unless_minimized()
    {
        var seventy = new string('x', 70);
        var seventyOne = new string('x', 71);

        Assert.Equal("\"\"\"" + seventy + "\"\"\"", BlockString.PrintBlockString(seventy));
        Assert.Equal("\"\"\"\n" + seventyOne + "\n\"\"\"", BlockString.PrintBlockString(seventyOne));
        Assert.Equal("\"\"\"" + seventyOne + "\"\"\"", BlockString.PrintBlockString(seventyOne, minimize: true));
        Assert.Equal("\"\"\"a\nb\"\"\"", BlockString.PrintBlockString("a\nb", minimize: true));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("first\n  second", true)]
    [InlineData("  both\n  indented", false)]
    [InlineData("\nleading blank line", false)]
    [InlineData("trailing blank line\n", false)]
    [InlineData("trailing spaces line\n  ", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control \u0007", false)]
    [InlineData("tab\tinside", true)]
    public void Knows_which_values_survive_a_block_string(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));
        if (printable)
        {
            var printed = BlockString.PrintBlockString(value);
            Assert.Equal(value, ((StringValueNode)Parser.ParseValue(printed)).Value);
        }
    }
}
