using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

public sealed class ParserTests
{
    // Expected messages and positions were taken from graphql-js 17.1.0's parse().
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("directive @d on FIELD | UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 25)]
    [InlineData("{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: .5) }", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 8)]
    [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\q\") }", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 9)]
    [InlineData("{ a(x: \"open\n\") }", "Syntax Error: Unterminated string.", 1, 13)]
    [InlineData("{ a(x: 'single') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("{ a ?? }", "Syntax Error: Unexpected character: \"?\".", 1, 5)]
    [InlineData("{ a .. }", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 5)]
    [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)]
    public void Reports_syntax_errors_like_graphql_js(string document, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public void Decodes_escapes_including_variable_width_and_surrogate_pairs()
    {
        var value = (StringValueNode)Parser.ParseValue("\"a\\u0041\\u{1F600}\\uD83D\\uDE00\\n\\/\"");

        Assert.Equal("aA😀😀\n/", value.Value);
    }

    [Fact]
    public void Dedents_block_strings_by_the_common_indentation()
    {
        var value = (StringValueNode)Parser.ParseValue("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", value.Value);
        Assert.True(value.Block);
    }

    [Fact]
    public void Records_node_locations_as_offsets_with_line_and_column()
    {
        var document = Parser.Parse("query Q {\n  a\n}");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

        Assert.Equal(12, field.Location!.Value.Start);
        Assert.Equal(13, field.Location!.Value.End);
        Assert.Equal(new SourceLocation(2, 3), field.Location!.Value.StartLocation);
        Assert.Equal(5, document.TokenCount);
    }

    [Fact]
    public void Parses_type_references()
    {
        var type = Parser.ParseType("[[String!]]!");

        Assert.Equal("[[String!]]!", Printer.Print(type));
    }

    [Fact]
    public void Accepts_an_empty_selection_set_as_graphql_js_17_does()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ a {} }").Definitions[0];

        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Empty(field.SelectionSet!.Selections);
    }
}
