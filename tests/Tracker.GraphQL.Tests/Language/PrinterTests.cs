using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

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
        var printed = Printer.Print(Parser.Parse(Sample(name + ".graphql")));

        var reprinted = Printer.Print(Parser.Parse(printed));

        Assert.Equal(printed, reprinted);
        AstAssert.Equivalent(Parser.Parse(printed), Parser.Parse(reprinted));
    }

    [Theory]
    [InlineData("\"\\u0000\\u001f\\\"\\\\\\n\\t\\u007f\\u0080\\u009f\"", "\"\\u0000\\u001F\\\"\\\\\\n\\t\\u007F\\u0080\\u009F\"")]
    [InlineData("\"caf\\u00e9 \\uD83D\\uDE00\"", "\"café 😀\"")]
    public void Prints_strings_with_graphql_js_escaping(string literal, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.ParseValue(literal)));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("first\nsecond", "\"\"\"\nfirst\nsecond\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    public void Prints_block_strings_as_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }
}
