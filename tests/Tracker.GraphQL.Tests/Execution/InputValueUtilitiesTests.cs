using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// The input value utilities on their own (graphql-js 17 coerceInputValue, coerceInputLiteral, validateInputValue,
/// validateInputLiteral, valueToLiteral, replaceVariables, valueFromASTUntyped). Expected messages, paths and
/// printed literals are what graphql-js 17.1.0 answers for the same calls.
/// </summary>
public sealed class InputValueUtilitiesTests
{
    private static readonly GraphQLSchema TestSchema = SchemaBuilder.Build("""
        enum Color { RED GREEN }
        input In { a: Int!, b: [String] = ["x"], c: Color }
        input One @oneOf { x: Int, y: String }
        type Query { f(i: In, o: One, fl: [Float], id: ID, ints: [Int], nn: Int!): Int }
        """);

    private static IGraphQLType TypeOf(string reference) => TypeComparators.TypeFromAst(TestSchema, Parser.ParseType(reference))!;

    private static string? Print(ValueNode? node) => node is null ? null : Printer.Print(node);

    private static List<(string Message, string Path)> LiteralProblems(string literal, string type, VariableValues? variables = null)
    {
        var problems = new List<(string, string)>();
        InputValueValidation.ValidateInputLiteral(
            Parser.ParseValue(literal),
            TypeOf(type),
            (error, path) => problems.Add((error.Message, string.Join('.', path))),
            variables);
        return problems;
    }

    [Fact]
    public void Validate_input_literal_reports_every_problem_with_its_path_and_node()
    {
        var located = new List<SourceLocation>();
        InputValueValidation.ValidateInputLiteral(
            Parser.ParseValue("""{a: $v, b: [1, "s"], c: BLUE, d: 1}"""),
            TypeOf("In"),
            (error, _) => located.Add(Assert.Single(error.Locations!)));

        Assert.Equal(
            [
                ("String cannot represent a non string value: 1", "b.0"),
                ("Value \"BLUE\" does not exist in \"Color\" enum.", "c"),
                ("Expected value of type \"In\" not to include unknown field \"d\". Did you mean \"a\", \"b\", or \"c\"? Found: { a: $v, b: [1, \"s\"], c: BLUE, d: 1 }.", string.Empty),
            ],
            LiteralProblems("""{a: $v, b: [1, "s"], c: BLUE, d: 1}""", "In"));
        Assert.Equal([new SourceLocation(1, 13), new SourceLocation(1, 25), new SourceLocation(1, 31)], located);
    }

    [Fact]
    public void Validate_input_literal_checks_variables_only_when_given_their_values()
    {
        var variables = new VariableValues(
            new Dictionary<string, VariableSource>(),
            new Dictionary<string, object?> { ["present"] = null });

        Assert.Empty(LiteralProblems("$missing", "Int!"));
        Assert.Equal(
            [("Expected variable \"$missing\" provided to type \"Int!\" to provide a runtime value.", string.Empty)],
            LiteralProblems("$missing", "Int!", variables));
        Assert.Equal(
            [("Expected variable \"$present\" provided to non-null type \"Int!\" not to be null.", string.Empty)],
            LiteralProblems("$present", "Int!", variables));
    }

    [Fact]
    public void Validate_input_literal_applies_one_of_rules()
    {
        Assert.Equal(
            [("Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.", string.Empty)],
            LiteralProblems("{x: 1, y: null}", "One"));
        Assert.Equal(
            [("Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.", "x")],
            LiteralProblems("{x: null}", "One"));
    }

    [Fact]
    public void Validate_input_value_reports_every_problem_with_its_path()
    {
        var problems = new List<(string, string)>();
        var value = new Dictionary<string, object?> { ["b"] = new List<object?> { 1.0, "s" }, ["c"] = "BLUE", ["dd"] = 1.0 };

        InputValueValidation.ValidateInputValue(value, true, TypeOf("In"), (error, path) => problems.Add((error.Message, string.Join('.', path))));

        Assert.Equal(
            [
                ("Expected value of type \"In\" to include required field \"a\", found: { b: [1, \"s\"], c: \"BLUE\", dd: 1 }.", string.Empty),
                ("String cannot represent a non string value: 1", "b.0"),
                ("Value \"BLUE\" does not exist in \"Color\" enum.", "c"),
                ("Expected value of type \"In\" not to include unknown field \"dd\", found: { b: [1, \"s\"], c: \"BLUE\", dd: 1 }.", string.Empty),
            ],
            problems);
    }

    [Fact]
    public void Coerce_input_value_gives_ordered_maps_lists_and_internal_enum_values()
    {
        var schema = SchemaBuilder.Build("enum Color { RED GREEN } input In { a: Int!, b: [String] = [\"x\"], c: Color } type Query { f(i: In): Int }");
        ((EnumType)schema.GetType("Color")!).GetValue("GREEN")!.Value = ConsoleColor.Green;

        Assert.True(InputValueCoercion.TryCoerceInputValue(
            new Dictionary<string, object?> { ["c"] = "GREEN", ["a"] = 1.0 },
            schema.GetType("In")!,
            out var coerced));

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(coerced);
        Assert.Equal(["a", "b", "c"], map.Keys);
        Assert.Equal(1, map["a"]);
        Assert.Equal(new object?[] { "x" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["b"]));
        Assert.Equal(ConsoleColor.Green, map["c"]);
    }

    [Fact]
    public void Coerce_input_value_rejects_invalid_values()
    {
        Assert.False(InputValueCoercion.TryCoerceInputValue(new List<object?> { "a" }, TypeOf("[Float]"), out _));
        Assert.False(InputValueCoercion.TryCoerceInputValue(new Dictionary<string, object?> { ["a"] = "x" }, TypeOf("In"), out _));
        Assert.False(InputValueCoercion.TryCoerceInputValue(new Dictionary<string, object?> { ["x"] = 1.0, ["y"] = "a" }, TypeOf("One"), out _));
        Assert.False(InputValueCoercion.TryCoerceInputValue(null, TypeOf("Int!"), out _));
        Assert.True(InputValueCoercion.TryCoerceInputValue(new Dictionary<string, object?> { ["x"] = 1.0 }, TypeOf("One"), out var oneOf));
        Assert.Equal(1, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(oneOf)["x"]);
    }

    [Fact]
    public void Coerce_input_literal_applies_defaults_and_rejects_invalid_literals()
    {
        Assert.True(InputValueCoercion.TryCoerceInputLiteral(Parser.ParseValue("{a: 1, c: GREEN}"), TypeOf("In"), null, out var coerced));
        Assert.False(InputValueCoercion.TryCoerceInputLiteral(Parser.ParseValue("""{a: "1"}"""), TypeOf("In"), null, out _));
        Assert.True(InputValueCoercion.TryCoerceInputLiteral(Parser.ParseValue("3"), TypeOf("[Int]"), null, out var single));

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(coerced);
        Assert.Equal(["a", "b", "c"], map.Keys);
        Assert.Equal("GREEN", map["c"]);
        Assert.Equal(new object?[] { 3 }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(single));
    }

    [Fact]
    public void Value_to_literal_turns_external_values_into_literals()
    {
        Assert.Equal("{ a: 1, b: \"y\", c: RED }", Print(ValueLiterals.ValueToLiteral(
            new Dictionary<string, object?> { ["a"] = 1.0, ["b"] = "y", ["c"] = "RED" }, TypeOf("In"))));
        Assert.Equal("[1, 2.5]", Print(ValueLiterals.ValueToLiteral(new List<object?> { 1.0, 2.5 }, TypeOf("[Float]"))));
        Assert.Equal("123", Print(ValueLiterals.ValueToLiteral("123", TypeOf("ID"))));
        Assert.Equal("3", Print(ValueLiterals.ValueToLiteral(3.0, TypeOf("[Int]"))));
        Assert.Equal("[1e+21]", Print(ValueLiterals.ValueToLiteral(new List<object?> { 1e21 }, TypeOf("[Float]"))));
        Assert.Null(ValueLiterals.ValueToLiteral("BLUE", TypeOf("Color")));
        Assert.Null(ValueLiterals.ValueToLiteral(null, TypeOf("Int!")));
        Assert.Null(ValueLiterals.ValueToLiteral(new Dictionary<string, object?> { ["b"] = new List<object?>() }, TypeOf("In")));
        Assert.Null(ValueLiterals.ValueToLiteral(new Dictionary<string, object?> { ["a"] = 1.0, ["z"] = 2.0 }, TypeOf("In")));
    }

    [Fact]
    public void Default_scalar_value_to_literal_follows_javascript_number_forms()
    {
        var literal = ValueLiterals.DefaultScalarValueToLiteral(new Dictionary<string, object?>
        {
            ["int"] = 3.0,
            ["float"] = 0.5,
            ["big"] = 1e21,
            ["list"] = new List<object?> { true, null, "s" },
            ["nan"] = double.NaN,
        });

        Assert.Equal("{ int: 3, float: 0.5, big: 1e+21, list: [true, null, \"s\"], nan: null }", Printer.Print(literal));
        Assert.IsType<FloatValueNode>(((ObjectValueNode)literal).Fields[2].Value);
    }

    [Fact]
    public void Value_from_ast_untyped_reads_literals_as_json_values()
    {
        var value = ValueFromAstUntyped.Convert(
            Parser.ParseValue("""{a: [1, 2.5, "s", true, null, ENUM, $v, $missing]}"""),
            new Dictionary<string, object?> { ["v"] = "V" });

        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value)["a"]);
        Assert.Equal(new object?[] { 1.0, 2.5, "s", true, null, "ENUM", "V", null }, list);
    }

    [Fact]
    public void Replace_variables_puts_raw_variable_values_into_literals()
    {
        var inType = TypeOf("In");
        var signature = new VariableSignature("v", inType, null);
        var withDefault = new VariableSignature("d", TypeOf("Int"), Parser.ParseValue("42"));
        var variables = new VariableValues(
            new Dictionary<string, VariableSource>
            {
                ["v"] = new(signature, true, new Dictionary<string, object?> { ["a"] = 1.0, ["c"] = "RED" }),
                ["d"] = new(withDefault, false, null),
                ["absent"] = new(new VariableSignature("absent", TypeOf("Int"), null), false, null),
            },
            new Dictionary<string, object?>());

        var replaced = ReplaceVariables.Replace(Parser.ParseValue("{x: $v, y: [$d, $unknown], z: $absent, w: $d}"), variables);

        // A field whose variable has neither a value nor a default is left out, as graphql-js leaves it out.
        Assert.Equal("{ x: { a: 1, c: RED }, y: [42, null], w: 42 }", Printer.Print(replaced));
    }
}
