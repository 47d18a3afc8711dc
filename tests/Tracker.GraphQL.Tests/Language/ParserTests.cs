using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Tests.Language;

/// <summary>The parser (spec §2, §3): every definition kind, locations, token counts, options and graphql-js
/// 17.1.0's messages (the fixtures cover several hundred more documents).</summary>
public sealed class ParserTests
{
    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Samples", name)).ReplaceLineEndings("\n");

    // Expected messages and positions were taken from graphql-js 17.1.0's parse().
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("# only a comment", "Unexpected <EOF>.", 1, 17)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("mutation {", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("subscription", "Expected \"{\", found <EOF>.", 1, 13)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("type T @d(x: $v)", "Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("scalar S @d(x: {a: $v})", "Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("query Q($a: Int = $) { a }", "Unexpected \"$\".", 1, 19)]
    [InlineData("{ a(x: [1, $) }", "Expected Name, found \")\".", 1, 13)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment F on T { ... }", "Expected \"{\", found \"}\".", 1, 23)]
    [InlineData("{ ... on T @ { a } }", "Expected Name, found \"{\".", 1, 14)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" \"more\" type T", "Unexpected String \"more\".", 1, 8)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"d\" null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("extend type A", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend directive @d on FIELD", "Unexpected Name \"on\".", 1, 21)]
    [InlineData("schema {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema { other: Q }", "Unexpected Name \"other\".", 1, 10)]
    [InlineData("type T { a: [Int }", "Expected \"]\", found \"}\".", 1, 18)]
    [InlineData("type T implements I, J", "Unexpected Name \"J\".", 1, 22)]
    [InlineData("union U = A | | B", "Expected Name, found \"|\".", 1, 15)]
    [InlineData("directive @d on FIELD | UNKNOWN", "Unexpected Name \"UNKNOWN\".", 1, 25)]
    [InlineData("directive @d on field", "Unexpected Name \"field\".", 1, 17)]
    [InlineData("directive @d repeatable FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 25)]
    [InlineData("{ a(x: 01) }", "Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(x: \"open\n\") }", "Unterminated string.", 1, 13)]
    public void Reports_syntax_errors_like_graphql_js(string document, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(document));

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public void Parses_every_executable_definition_of_the_kitchen_sink()
    {
        var document = Parser.Parse(Sample("query-kitchen-sink.graphql"));

        Assert.Equal(
            ["query JurisdictionMap", "mutation RecordStatusChange", "subscription OnSignature", "fragment SignatoryName",
                "fragment JurisdictionSummary", "query ", "query ", "query LongArguments"],
            document.Definitions.Select(d => d switch
            {
                OperationDefinitionNode o => $"{o.Operation.Keyword()} {o.Name?.Value}",
                FragmentDefinitionNode f => $"fragment {f.Name.Value}",
                _ => d.Kind.ToString(),
            }));
        Assert.Equal(491, document.TokenCount);

        var mutation = (OperationDefinitionNode)document.Definitions[1];
        Assert.Equal("Record a status change with its source.", mutation.Description!.Value);
        Assert.False(mutation.Description.Block);
        Assert.Equal("The jurisdiction whose status changed", mutation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("deprecated", mutation.VariableDefinitions[1].Directives.Single().Name.Value);
        var change = (ObjectValueNode)mutation.VariableDefinitions[2].DefaultValue!;
        Assert.Equal(
            ["EnumValue", "StringValue", "NullValue", "BooleanValue", "FloatValue", "IntValue", "FloatValue", "IntValue"],
            change.Fields.Select(f => f.Value.Kind.ToString()));

        var map = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("Dashboard map: every jurisdiction with its current status.\nUses \"\"\" escaped quotes \"\"\" in a block description.", map.Description!.Value);
        Assert.True(map.Description.Block);
        var kinds = map.VariableDefinitions[3];
        Assert.Equal("[JurisdictionKind!]", Printer.Print(kinds.Type));

        var anonymous = (OperationDefinitionNode)document.Definitions[5];
        var empty = anonymous.SelectionSet.Selections.OfType<FieldNode>().Single(f => f.Name.Value == "empty");
        Assert.Empty(empty.SelectionSet!.Selections);
        var nodes = anonymous.SelectionSet.Selections.OfType<FieldNode>().Single(f => f.Name.Value == "nodes");
        Assert.Equal("cé😀\n\t\"quoted\"", ((StringValueNode)((ListValueNode)nodes.Arguments[0].Value).Values[2]).Value);
    }

    [Fact]
    public void Parses_every_type_system_definition_and_extension_of_the_kitchen_sink()
    {
        var document = Parser.Parse(Sample("schema-kitchen-sink.graphql"));

        Assert.Equal(651, document.TokenCount);
        Assert.Equal(
            [
                NodeKind.SchemaDefinition, NodeKind.ScalarTypeDefinition, NodeKind.InterfaceTypeDefinition, NodeKind.ObjectTypeDefinition,
                NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition, NodeKind.InputObjectTypeDefinition, NodeKind.SchemaExtension,
                NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension,
                NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension, NodeKind.DirectiveDefinition, NodeKind.DirectiveExtension,
            ],
            document.Definitions.Select(d => d.Kind).Distinct());

        var person = document.Definitions.OfType<ObjectTypeDefinitionNode>().Single(t => t.Name.Value == "Person");
        Assert.Equal(["Node", "Signatory"], person.Interfaces.Select(i => i.Name.Value));
        var affiliation = person.Fields.Single(f => f.Name.Value == "affiliation");
        Assert.Equal("Include affiliations that ended.", affiliation.Arguments[1].Description!.Value);
        Assert.Equal("false", Printer.Print(affiliation.Arguments[1].DefaultValue!));

        var signatory = document.Definitions.OfType<InterfaceTypeDefinitionNode>().Single(t => t.Name.Value == "Signatory");
        Assert.Equal(["Node"], signatory.Interfaces.Select(i => i.Name.Value));

        var actor = document.Definitions.OfType<UnionTypeDefinitionNode>().Single(t => t.Name.Value == "Actor");
        Assert.Equal(["Organization", "Person"], actor.Types.Select(t => t.Name.Value));
        Assert.Empty(document.Definitions.OfType<UnionTypeDefinitionNode>().Single(t => t.Name.Value == "Empty").Types);

        var status = document.Definitions.OfType<EnumTypeDefinitionNode>().Single(t => t.Name.Value == "ParticipationStatus");
        Assert.Equal(7, status.Values.Count);
        Assert.Equal("Refused to join before activation.", status.Values[1].Description!.Value);

        var authenticated = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "authenticated");
        Assert.True(authenticated.Repeatable);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], authenticated.Locations.Select(l => l.Value));
        var documented = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "documented");
        Assert.False(documented.Repeatable);
        Assert.Equal("internal", documented.Directives.Single().Name.Value);
        var every = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "every");
        Assert.Equal(20, every.Locations.Count);

        var extension = Assert.IsType<DirectiveExtensionNode>(document.Definitions[^1]);
        Assert.Equal("documented", extension.Name.Value);
        var schemaExtensions = document.Definitions.OfType<SchemaExtensionNode>().ToList();
        Assert.Empty(schemaExtensions[0].OperationTypes);
        Assert.Equal(OperationType.Subscription, schemaExtensions[1].OperationTypes.Single().Operation);
    }

    [Fact]
    public void Records_locations_from_the_first_token_to_the_last_like_graphql_js()
    {
        var document = Parser.Parse("query Q($a: [Int!]! = [1]) @d { f(x: {a: 1}) }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var variable = operation.VariableDefinitions[0];

        Assert.Equal((0, 46), Span(operation));
        Assert.Equal((8, 25), Span(variable));
        Assert.Equal((12, 19), Span(variable.Type));
        Assert.Equal((12, 18), Span(((NonNullTypeNode)variable.Type).Type));
        Assert.Equal((22, 25), Span(variable.DefaultValue!));
        Assert.Equal(30, document.TokenCount);
    }

    [Fact]
    public void The_document_spans_the_whole_source_and_locations_know_their_source()
    {
        var source = new Source("  { a }  \n", "request.graphql");

        var document = Parser.Parse(source);

        Assert.Equal((0, 10), Span(document));
        Assert.Equal(3, document.TokenCount);
        Assert.Same(source, document.Location!.Value.Source);
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(new SourceLocation(1, 5), field.Location!.Value.StartLocation);
    }

    [Fact]
    public void Records_line_and_column_across_line_terminators()
    {
        var document = Parser.Parse("query Q {\r\n  a\r  b\n\n  c\n}");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        Assert.Equal(
            [new SourceLocation(2, 3), new SourceLocation(3, 3), new SourceLocation(5, 3)],
            selections.Select(s => s.Location!.Value.StartLocation));
    }

    [Fact]
    public void Parses_values_constant_values_and_types_on_their_own()
    {
        Assert.Equal("[1, { a: $v }]", Printer.Print(Parser.ParseValue("[1 {a: $v}]")));
        Assert.Equal("[1, { a: B }]", Printer.Print(Parser.ParseConstValue("[1 {a: B}]")));
        Assert.Equal("[[String!]]!", Printer.Print(Parser.ParseType("[ [ String ! ] ]!")));

        Assert.Equal(
            "Syntax Error: Unexpected variable \"$v\" in constant value.",
            Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("[1 {a: $v}]")).Message);
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", Assert.Throws<GraphQLError>(() => Parser.ParseValue("1 2")).Message);
        Assert.Equal("Syntax Error: Expected Name, found \"!\".", Assert.Throws<GraphQLError>(() => Parser.ParseType("!")).Message);
    }

    [Fact]
    public void Keywords_are_names_everywhere_a_name_is_expected()
    {
        var document = Parser.Parse("query query($on: on = on) { on: fragment(query: true) @on { type input } ... on on { null } }");
        var operation = (OperationDefinitionNode)document.Definitions[0];

        Assert.Equal("query", operation.Name!.Value);
        Assert.Equal("on", ((EnumValueNode)operation.VariableDefinitions[0].DefaultValue!).Value);
        Assert.Equal(
            "query query($on: on = on) {\n  on: fragment(query: true) @on {\n    type\n    input\n  }\n  ... on on {\n    null\n  }\n}",
            Printer.Print(document));
    }

    [Fact]
    public void Accepts_an_empty_selection_set_by_default_as_graphql_js_17_does()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ a {} }").Definitions[0];

        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Empty(field.SelectionSet!.Selections);

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a {} }", new ParseOptions { AllowEmptySelectionSets = false }));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal([new SourceLocation(1, 6)], error.Locations);
    }

    [Fact]
    public void Counts_tokens_as_graphql_js_does_and_stops_one_past_the_limit()
    {
        Assert.Equal(4, Parser.Parse("{ a b }", new ParseOptions { MaxTokens = 4 }).TokenCount);

        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a b c }", new ParseOptions { MaxTokens = 3 }));

        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", error.Message);
        Assert.Equal([new SourceLocation(1, 7)], error.Locations);
    }

    [Fact]
    public void Limits_the_source_length_and_the_comments()
    {
        var tooLong = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a }", new ParseOptions { MaxSourceLength = 3 }));
        var tooManyComments = Assert.Throws<GraphQLError>(() => Parser.Parse("# c\n# d\n{ a }", new ParseOptions { MaxComments = 1 }));

        Assert.Equal("Syntax Error: Source contains more than 3 UTF-16 code units. Parsing aborted.", tooLong.Message);
        Assert.Equal([new SourceLocation(1, 4)], tooLong.Locations);
        Assert.Equal("Syntax Error: Document contains more than 1 comments. Parsing aborted.", tooManyComments.Message);
        Assert.Equal([new SourceLocation(2, 1)], tooManyComments.Locations);
        Assert.NotNull(Parser.Parse("{ a }", new ParseOptions { MaxSourceLength = 5, MaxComments = 0 }));
    }

    [Fact]
    public void Leaves_locations_out_on_request()
    {
        var document = Parser.Parse("query Q($a: Int) { a(x: [1]) }", new ParseOptions { NoLocation = true });

        var nodes = new List<Node>();
        new Collector(nodes).Walk(document);
        Assert.True(nodes.Count > 10);
        Assert.All(nodes, node => Assert.Null(node.Location));
        Assert.Equal(18, document.TokenCount);
    }

    private static (int Start, int End) Span(Node node) => (node.Location!.Value.Start, node.Location!.Value.End);

    private sealed class Collector(List<Node> nodes) : AstVisitor
    {
        protected override bool Enter(Node node)
        {
            nodes.Add(node);
            return true;
        }
    }
}
