using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// Sort and filter arguments are measured before execution, written as literals or sent as variables: sort keys,
/// filter conditions, and/or nesting and the length of value lists, each refused beyond its limit with its code
/// and the location of what is too large.
/// </summary>
public sealed class FilterAndSortLimitTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build("""
        type Query {
          items(where: ItemFilter, order: [ItemSort!], first: Int): [Item!]!
          other(filter: ItemFilter, where: String): Int
        }
        type Item { name: String  children(where: ItemFilter, order: [ItemSort!]): [Item!]! }
        input ItemFilter { and: [ItemFilter!]  or: [ItemFilter!]  name: StringFilter  kind: Kind  flag: Boolean }
        input StringFilter { eq: String  in: [String!] }
        input ItemSort @oneOf { name: SortDirection  kind: SortDirection }
        enum SortDirection { ASC DESC }
        enum Kind { A B }
        """);

    private static readonly OperationLimits Limits = OperationLimits.Default with
    {
        MaxSortKeys = 3, MaxFilterTerms = 4, MaxFilterDepth = 2, MaxFilterListLength = 5, MaxFilterTextLength = 8,
    };

    private static IReadOnlyList<GraphQLError> Check(string query, Dictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return OperationLimitsAnalyzer.Check(Schema, document, operation, variables ?? [], Limits);
    }

    private static GraphQLError Single(string query, Dictionary<string, object?>? variables = null)
    {
        var errors = Check(query, variables);
        return Assert.Single(errors);
    }

    private static string? Code(GraphQLError error) => (string?)error.Extensions?["code"];

    private static string Alternatives(int count) => "[" + string.Join(", ", Enumerable.Repeat("{ name: { eq: \"x\" } }", count)) + "]";

    private static List<object?> RawAlternatives(int count) =>
        Enumerable.Range(0, count).Select(i => (object?)new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = $"x{i}" } }).ToList();

    private static bool ReadsVariables(string query, Dictionary<string, object?> variables)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        OperationLimitsAnalyzer.Check(Schema, document, operation, variables, Limits, out var readVariables);
        return readVariables;
    }

    [Fact]
    public void The_verdict_says_whether_a_variable_sized_it()
    {
        // A host keeps the verdict of an operation that read no variable: one that did must be measured every time.
        var variables = new Dictionary<string, object?> { ["n"] = 3, ["w"] = RawAlternatives(2), ["o"] = new List<object?>(), ["s"] = "x" };

        Assert.False(ReadsVariables("query ($s: String) { items(first: 3, where: { name: { eq: \"x\" } }, order: [{ name: ASC }]) { name } other }", variables));
        // A single value counts one condition whatever it is: only a list's length, or a text's, depends on what the
        // variable holds.
        Assert.False(ReadsVariables("query ($k: Kind, $f: Boolean) { items(where: { kind: $k, flag: $f }) { name } }", variables));
        Assert.True(ReadsVariables("query ($s: String) { items(where: { name: { eq: $s } }) { name } }", variables));
        Assert.True(ReadsVariables("query ($l: [String!]) { items(where: { name: { in: $l } }) { name } }", variables));
        Assert.True(ReadsVariables("query ($n: Int) { items(first: $n) { name } }", variables));
        Assert.True(ReadsVariables("query ($w: [ItemFilter!]) { items(where: { or: $w }) { name } }", variables));
        Assert.True(ReadsVariables("query ($o: [ItemSort!]) { items(order: $o) { name } }", variables));
        Assert.True(ReadsVariables("query ($n: Int = 2) { items(first: $n) { name } }", []));
    }

    [Fact]
    public void Sort_keys_up_to_the_limit_pass_and_one_more_is_refused_at_the_list()
    {
        Assert.Empty(Check("{ items(order: [{ name: ASC }, { kind: DESC }, { name: DESC }]) { name } }"));

        var error = Single("{ items(order: [{ name: ASC }, { kind: DESC }, { name: DESC }, { kind: ASC }]) { name } }");

        Assert.Equal(LimitErrorCodes.SortTooWide, Code(error));
        Assert.Equal("The argument \"Query.items(order:)\" has 4 sort keys; at most 3 are allowed.", error.Message);
        Assert.Equal((1, 16), (error.Locations![0].Line, error.Locations[0].Column));
        Assert.Null(error.Path);
    }

    [Fact]
    public void Sort_keys_sent_as_a_variable_are_counted_and_located_at_the_variable()
    {
        var keys = Enumerable.Range(0, 850).Select(_ => (object?)new Dictionary<string, object?> { ["name"] = "ASC" }).ToList();

        var error = Single("query ($order: [ItemSort!]) { items(order: $order) { name } }", new() { ["order"] = keys });

        Assert.Equal(LimitErrorCodes.SortTooWide, Code(error));
        Assert.Contains("has 850 sort keys", error.Message);
        Assert.Equal((1, 44), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void A_variable_left_out_is_measured_by_its_default()
    {
        var error = Single("query ($order: [ItemSort!] = [{ name: ASC }, { name: ASC }, { name: ASC }, { name: ASC }]) { items(order: $order) { name } }");

        Assert.Equal(LimitErrorCodes.SortTooWide, Code(error));
    }

    [Fact]
    public void Each_condition_counts_and_an_empty_alternative_counts_as_one()
    {
        // name.eq, name.in, kind, flag: four conditions.
        Assert.Empty(Check("""{ items(where: { name: { eq: "a", in: ["b"] }, kind: A, flag: true }) { name } }"""));
        Assert.Empty(Check($$"""{ items(where: { or: {{Alternatives(4)}} }) { name } }"""));

        var literal = Single($$"""{ items(where: { or: {{Alternatives(5)}} }) { name } }""");
        var empties = Single("{ items(where: { or: [{}, {}, {}, {}, { name: null }] }) { name } }");

        Assert.Equal(LimitErrorCodes.FilterTooComplex, Code(literal));
        Assert.Equal("The filter \"Query.items(where:)\" has 5 conditions; at most 4 are allowed.", literal.Message);
        Assert.Equal(LimitErrorCodes.FilterTooComplex, Code(empties));
    }

    [Fact]
    public void Conditions_in_variables_are_counted_wherever_the_variable_sits()
    {
        var whole = Single("query ($where: ItemFilter) { items(where: $where) { name } }", new() { ["where"] = new Dictionary<string, object?> { ["or"] = RawAlternatives(7000) } });
        var inside = Single("query ($alternatives: [ItemFilter!]) { items(where: { or: $alternatives }) { name } }", new() { ["alternatives"] = RawAlternatives(9000) });
        var element = Single("query ($a: ItemFilter!) { items(where: { and: [$a, $a, $a, $a, $a] }) { name } }", new() { ["a"] = RawAlternatives(1)[0] });

        Assert.Contains("has 7000 conditions", whole.Message);
        Assert.Contains("has 9000 conditions", inside.Message);
        Assert.Contains("has 5 conditions", element.Message);
        Assert.All(new[] { whole, inside, element }, e => Assert.Equal(LimitErrorCodes.FilterTooComplex, Code(e)));
    }

    [Fact]
    public void And_or_nesting_is_limited()
    {
        Assert.Empty(Check("""{ items(where: { and: [{ or: [{ flag: true }] }] }) { name } }"""));

        var error = Single("""{ items(where: { and: [{ or: [{ and: [{ flag: true }] }] }] }) { name } }""");

        Assert.Equal(LimitErrorCodes.FilterTooComplex, Code(error));
        Assert.Equal("The filter \"Query.items(where:)\" nests and/or 3 levels deep; at most 2 are allowed.", error.Message);
    }

    [Fact]
    public void Nesting_far_deeper_than_any_stack_is_measured_without_recursion()
    {
        // No JSON reader or parser would hand the engine this (both stop at depth 64 on the server), but the
        // measure must never be what overflows, whatever a caller passes.
        object? where = new Dictionary<string, object?> { ["flag"] = true };
        for (var i = 0; i < 200_000; i++)
        {
            where = new Dictionary<string, object?> { ["and"] = new List<object?> { where } };
        }

        var error = Single("query ($where: ItemFilter) { items(where: $where) { name } }", new() { ["where"] = where });

        Assert.Contains("nests and/or 200000 levels deep", error.Message);
    }

    [Fact]
    public void A_value_list_longer_than_the_limit_is_refused_where_it_is_written()
    {
        Assert.Empty(Check("""{ items(where: { name: { in: ["a", "b", "c", "d", "e"] } }) { name } }"""));

        var literal = Single("""{ items(where: { name: { in: ["a", "b", "c", "d", "e", "f"] } }) { name } }""");
        var variable = Single(
            "query ($values: [String!]) { items(where: { or: [{ name: { in: $values } }] }) { name } }",
            new() { ["values"] = Enumerable.Range(0, 20_000).Select(i => (object?)$"v{i}").ToList() });

        Assert.Equal(LimitErrorCodes.InListTooLong, Code(literal));
        Assert.Equal("A list in the filter \"Query.items(where:)\" holds 6 values; at most 5 are allowed.", literal.Message);
        Assert.Equal((1, 30), (literal.Locations![0].Line, literal.Locations[0].Column));
        Assert.Equal(LimitErrorCodes.InListTooLong, Code(variable));
        Assert.Contains("holds 20000 values", variable.Message);
        Assert.Equal((1, 64), (variable.Locations![0].Line, variable.Locations[0].Column));
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_refused_where_it_is_written()
    {
        Assert.Empty(Check("""{ items(where: { name: { eq: "12345678" }, or: [{ name: { in: ["abcdefgh"] } }] }) { name } }"""));

        var literal = Single("""{ items(where: { name: { eq: "123456789" } }) { name } }""");
        var listed = Single("""{ items(where: { name: { in: ["a", "123456789"] } }) { name } }""");
        var variable = Single(
            "query ($text: String) { items(where: { or: [{ name: { eq: $text } }] }) { name } }",
            new() { ["text"] = new string('a', 50_000) });
        var inVariableList = Single(
            "query ($values: [String!]) { items(where: { name: { in: $values } }) { name } }",
            new() { ["values"] = new List<object?> { "a", new string('b', 9) } });

        Assert.Equal(LimitErrorCodes.FilterTextTooLong, Code(literal));
        Assert.Equal("A text in the filter \"Query.items(where:)\" is 9 characters long; at most 8 are allowed.", literal.Message);
        Assert.Equal((1, 30), (literal.Locations![0].Line, literal.Locations[0].Column));
        Assert.Equal(LimitErrorCodes.FilterTextTooLong, Code(listed));
        Assert.Equal((1, 36), (listed.Locations![0].Line, listed.Locations[0].Column));
        Assert.Equal(LimitErrorCodes.FilterTextTooLong, Code(variable));
        Assert.Contains("is 50000 characters long", variable.Message);
        Assert.Equal((1, 59), (variable.Locations![0].Line, variable.Locations[0].Column));
        Assert.Equal(LimitErrorCodes.FilterTextTooLong, Code(inVariableList));
    }

    [Fact]
    public void Nested_fields_and_fragments_are_measured_once_per_argument()
    {
        var errors = Check("""
            { items { ...F ...F children(order: [{ name: ASC }, { name: ASC }, { name: ASC }, { name: ASC }]) { name } } }
            fragment F on Item { children(where: { name: { in: ["1", "2", "3", "4", "5", "6"] } }) { name } }
            """);

        Assert.Equal([LimitErrorCodes.InListTooLong, LimitErrorCodes.SortTooWide], errors.Select(Code).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Only_arguments_named_as_filters_and_sorts_are_measured()
    {
        Assert.Empty(Check($$"""{ other(filter: { or: {{Alternatives(50)}} }, where: "anything") }"""));
    }
}
