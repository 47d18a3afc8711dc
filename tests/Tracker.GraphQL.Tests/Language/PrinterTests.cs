using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>The printer: graphql-js 17.1.0's output for the kitchen sinks and for each layout rule, and the
/// round trip Parse(Print(ast)) = ast.</summary>
public sealed class PrinterTests
{
    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Samples", name)).ReplaceLineEndings("\n");

    [Theory]
    [InlineData("query-kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Prints_kitchen_sinks_exactly_as_graphql_js(string name)
    {
        var expected = Sample(name + ".printed.graphql");

        var printed = Printer.Print(Parser.Parse(Sample(name + ".graphql")));

        Assert.Equal(expected, printed);
    }

    [Theory]
    [InlineData("query-kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Printed_output_parses_back_to_the_same_document(string name)
    {
        var original = Parser.Parse(Sample(name + ".graphql"));
        var printed = Printer.Print(original);

        var reparsed = Parser.Parse(printed);

        Assert.Equal(printed, Printer.Print(reparsed));
        AstAssert.Equivalent(original, reparsed);
    }

    // Outputs from graphql-js 17.1.0's print().
    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("\"\"\"described\"\"\" query { a }", "\"\"\"described\"\"\"\nquery {\n  a\n}")]
    [InlineData("{ a(x: {}, y: []) }", "{\n  a(x: {  }, y: [])\n}")]
    [InlineData(
        "{ someFieldWithAVeryLongNameIndeed(argumentNumberOne: 1, argumentNumberTwo: 2, three: 3) }",
        "{\n  someFieldWithAVeryLongNameIndeed(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n    three: 3\n  )\n}")]
    [InlineData(
        "query Q($a: Int, \"\"\"two\nlines\"\"\" $b: Int) { a }",
        "query Q(\n$a: Int\n\"\"\"\ntwo\nlines\n\"\"\"\n$b: Int\n) {\n  a\n}")]
    [InlineData(
        "type T { f(\"\"\"two\nlines\"\"\" a: Int, b: Int): Int }",
        "type T {\n  f(\n    \"\"\"\n    two\n    lines\n    \"\"\"\n    a: Int\n    b: Int\n  ): Int\n}")]
    [InlineData(
        "directive @d(\"\"\"x\ny\"\"\" a: Int) @e repeatable on FIELD",
        "directive @d(\n  \"\"\"\n  x\n  y\n  \"\"\"\n  a: Int\n) @e repeatable on FIELD")]
    [InlineData("extend directive @d @e(x: 1)", "extend directive @d @e(x: 1)")]
    [InlineData("union U = | A | B", "union U = A | B")]
    [InlineData("type T implements & A & B", "type T implements A & B")]
    public void Lays_out_like_graphql_js(string document, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.Parse(document)));
    }

    [Fact]
    public void Wraps_lists_and_objects_longer_than_eighty_characters()
    {
        var eighty = "[111111111, 222222222, 333333333, 444444444, 555555555, 666666666, 77777777, 8]";
        var eightyOne = "[111111111, 222222222, 333333333, 444444444, 555555555, 666666666, 777777777, 88]";
        var longObject = "{first: \"aaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbb\", third: \"cccccccccccccccccc\"}";

        Assert.Equal(eighty, Printer.Print(Parser.ParseValue(eighty)));
        Assert.Equal(
            "[\n  111111111\n  222222222\n  333333333\n  444444444\n  555555555\n  666666666\n  777777777\n  88\n]",
            Printer.Print(Parser.ParseValue(eightyOne)));
        Assert.Equal(
            "{\n  first: \"aaaaaaaaaaaaaaaa\"\n  second: \"bbbbbbbbbbbbbbbbb\"\n  third: \"cccccccccccccccccc\"\n}",
            Printer.Print(Parser.ParseValue(longObject)));
    }

    [Fact]
    public void Prints_for_errors_on_one_line_beyond_a_hundred_levels()
    {
        var deep = new string('[', 103) + "\"" + new string('z', 90) + "\", \"\"\"block\n  line\"\"\"" + new string(']', 103);
        var value = Parser.ParseValue(deep);

        var lines = Printer.PrintForError(value).Split('\n');

        // As graphql-js: 100 indented levels, then the deeper ones on one line; a block string keeps its lines.
        Assert.Equal(204, lines.Length);
        Assert.Equal(new string(' ', 198) + "[", lines[99]);
        Assert.Equal(new string(' ', 200) + "[ [ [ \"" + new string('z', 90) + "\" \"\"\"", lines[100]);
        Assert.Equal(new string(' ', 200) + "block", lines[101]);
        Assert.Equal(new string(' ', 200) + "\"\"\" ] ] ]", lines[103]);
        Assert.Equal(211, Printer.Print(value).Split('\n').Length);
    }

    [Theory]
    [InlineData("\"\\u0000\\u001f\\\"\\\\\\n\\t\\u007f\\u0080\\u009f\"", "\"\\u0000\\u001F\\\"\\\\\\n\\t\\u007F\\u0080\\u009F\"")]
    [InlineData("\"caf\\u00e9 \\uD83D\\uDE00 \\u2028\"", "\"café 😀 \u2028\"")]
    [InlineData("\"\\b\\f\\r\\u000B\\/\"", "\"\\b\\f\\r\\u000B/\"")]
    public void Prints_strings_with_graphql_js_escaping(string literal, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.ParseValue(literal)));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var field = new FieldNode
        {
            Alias = new NameNode("first"),
            Name = new NameNode("letters"),
            Arguments = [new ArgumentNode { Name = new NameNode("first"), Value = new IntValueNode { Value = "10" } }],
            SelectionSet = new SelectionSetNode { Selections = [new FieldNode { Name = new NameNode("title") }] },
        };

        Assert.Equal("first: letters(first: 10) {\n  title\n}", Printer.Print(field));
        Assert.Equal("[String!]", Printer.Print(new ListTypeNode { Type = new NonNullTypeNode { Type = new NamedTypeNode { Name = new NameNode("String") } } }));
    }
}
