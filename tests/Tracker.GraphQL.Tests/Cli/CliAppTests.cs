using System.Text.Json;
using Tracker.GraphQL.Cli;

namespace Tracker.GraphQL.Tests.Cli;

/// <summary>The <c>graphql</c> command run in-process: what it prints, and its exit codes.</summary>
public sealed class CliAppTests : IDisposable
{
    private const string Schema = """
        type Query { hello(name: String = "world"): String node: Node greet(name: String!): String nodes: [Node] fail: String count: Int! }
        type Mutation { rename(name: String!): String }
        interface Node { id: ID! }
        type User implements Node { id: ID! name: String }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("graphql-cli-").FullName;

    public CliAppTests()
    {
        Write("schema.graphql", Schema);
        Write("query.graphql", "query Q($n: String!) { hello node { id ... on User { name } } greet(name: $n) }");
        Write("data.json", """{"hello": "hi", "node": {"__typename": "User", "id": "1", "name": "Ada"}, "greet": {"$args": true}, "fail": {"$throw": "Nope"}, "rename": {"$args": true}}""");
        Write("variables.json", """{"n": "Bo"}""");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Executes_against_json_root_data_and_variables()
    {
        var (code, output, error) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--data", P("data.json"), "--variables", P("variables.json"));

        Assert.Equal(0, code);
        Assert.Equal("""{"data":{"hello":"hi","node":{"id":"1","name":"Ada"},"greet":"{\"name\":\"Bo\"}"}}""", output.TrimEnd());
        Assert.Empty(error);
    }

    [Fact]
    public async Task Prints_exactly_one_json_object_on_one_line()
    {
        var (_, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("data.json")], stdin: "{ hello fail }");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task Field_errors_carry_message_locations_and_path_beside_the_data()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("data.json")], stdin: "{ hello\n  fail }");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("Nope", error.GetProperty("message").GetString());
        Assert.Equal("""[{"line":2,"column":3}]""", error.GetProperty("locations").GetRawText());
        Assert.Equal("""["fail"]""", error.GetProperty("path").GetRawText());
        Assert.Equal("""{"hello":"hi","fail":null}""", json.RootElement.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Reads_the_query_from_standard_input()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("data.json")], stdin: "{ hello }");

        Assert.Equal(0, code);
        Assert.Equal("""{"data":{"hello":"hi"}}""", output.TrimEnd());
    }

    [Fact]
    public async Task Without_data_the_root_value_is_empty_and_defaults_do_not_apply_to_reads()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-"], stdin: "{ hello node { id } }");

        Assert.Equal(0, code);
        Assert.Equal("""{"data":{"hello":null,"node":null}}""", output.TrimEnd());
    }

    [Fact]
    public async Task The_operation_option_selects_the_operation_and_mutations_run()
    {
        const string document = "query A { hello } mutation B { rename(name: \"x\") }";

        var (_, chosen, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("data.json"), "--operation", "B"], stdin: document);
        var (_, ambiguous, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("data.json")], stdin: document);
        var (_, unknown, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--operation", "C"], stdin: document);

        Assert.Equal("""{"data":{"rename":"{\"name\":\"x\"}"}}""", chosen.TrimEnd());
        Assert.Equal("Must provide operation name if query contains multiple operations.", FirstMessage(ambiguous));
        Assert.Equal("Unknown operation named \"C\".", FirstMessage(unknown));
        Assert.False(JsonDocument.Parse(unknown).RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Null_propagation_to_the_root_prints_data_null()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-"], stdin: "{ hello count }");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").ValueKind);
        Assert.Equal("Cannot return null for non-nullable field Query.count.", FirstMessage(output));
    }

    [Fact]
    public async Task A_syntax_error_is_a_response_with_errors_and_no_data()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-"], stdin: "{ hello");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.GetProperty("message").GetString());
        Assert.Equal("""[{"line":1,"column":8}]""", error.GetProperty("locations").GetRawText());
    }

    [Fact]
    public async Task A_validation_failure_is_a_response_with_every_error_and_no_data()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("data.json")], stdin: "query Q($unused: String) { nope }");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        string[] expected = ["Cannot query field \"nope\" on type \"Query\". Did you mean \"node\" or \"nodes\"?", "Variable \"$unused\" is never used in operation \"Q\"."];
        Assert.Equal(expected, json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Validate_only_reports_validation_errors_for_chosen_rules()
    {
        var (_, allRules, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--validate-only"], stdin: "query Q($unused: String) { nope }");
        var (_, oneRule, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--validate-only", "--rules", "NoUnusedVariables"], stdin: "query Q($unused: String) { nope }");
        var (_, withSuffix, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--validate-only", "--rules", "FieldsOnCorrectTypeRule, ScalarLeafs"], stdin: "query Q($unused: String) { nope }");
        var (_, valid, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--validate-only"], stdin: "{ hello }");

        Assert.Equal(2, JsonDocument.Parse(allRules).RootElement.GetProperty("errors").GetArrayLength());
        Assert.Equal("Variable \"$unused\" is never used in operation \"Q\".", Assert.Single(Messages(oneRule)));
        Assert.Equal("Cannot query field \"nope\" on type \"Query\". Did you mean \"node\" or \"nodes\"?", Assert.Single(Messages(withSuffix)));
        Assert.Equal("{}", valid.TrimEnd());
    }

    [Fact]
    public async Task Validate_only_does_not_execute()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("data.json"), "--validate-only"], stdin: "{ fail }");

        Assert.Equal(0, code);
        Assert.Equal("{}", output.TrimEnd());
    }

    [Fact]
    public async Task Parse_only_prints_an_empty_response_for_valid_syntax_and_the_error_otherwise()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--parse-only"], stdin: "{ notInSchema }");
        var (badCode, bad, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--parse-only"], stdin: "{ a(x: 01) }");

        Assert.Equal(0, code);
        Assert.Equal("{}", output.TrimEnd());
        Assert.Equal(0, badCode);
        Assert.Equal("Syntax Error: Invalid number, unexpected digit after 0: \"1\".", FirstMessage(bad));
    }

    [Fact]
    public async Task An_invalid_schema_is_a_response_saying_why_with_the_schema_location_in_the_message()
    {
        Write("bad.graphql", "type Query { a: Missing }");

        var (code, output, _) = await Run(["--schema", P("bad.graphql"), "--query", "-"], stdin: "{ a }");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal($"The schema is invalid: Unknown type \"Missing\". ({P("bad.graphql")}:1:17)", error.GetProperty("message").GetString());
        Assert.False(error.TryGetProperty("locations", out _));
        Assert.Equal("INVALID_SCHEMA", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Schema_syntax_and_schema_validation_errors_are_responses()
    {
        Write("syntax.graphql", "type Query { a: }");
        Write("rules.graphql", "type Query { a: In } input In { b: Int }");

        var (syntaxCode, syntax, _) = await Run(["--schema", P("syntax.graphql"), "--query", "-"], stdin: "{ a }");
        var (rulesCode, rules, _) = await Run(["--schema", P("rules.graphql"), "--query", "-"], stdin: "{ a }");

        Assert.Equal(0, syntaxCode);
        Assert.Equal($"The schema is not valid SDL: Syntax Error: Expected Name, found \"}}\". ({P("syntax.graphql")}:1:17)", FirstMessage(syntax));
        Assert.Equal(0, rulesCode);
        Assert.Equal($"The schema is invalid: The type of Query.a must be Output Type but got: In. ({P("rules.graphql")}:1:17)", FirstMessage(rules));
    }

    [Fact]
    public async Task An_unreadable_schema_file_is_a_response_not_a_usage_error()
    {
        var (code, output, error) = await Run(["--schema", P("absent.graphql"), "--query", "-"], stdin: "{ hello }");

        Assert.Equal(0, code);
        Assert.StartsWith("Cannot read the schema: ", FirstMessage(output));
        Assert.Empty(error);
    }

    [Fact]
    public async Task Malformed_json_inputs_are_responses()
    {
        Write("broken.json", "{ not json");
        Write("array.json", "[1, 2]");

        var (dataCode, data, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("broken.json")], stdin: "{ hello }");
        var (variablesCode, variables, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--variables", P("array.json")], stdin: "{ hello }");

        Assert.Equal(0, dataCode);
        Assert.StartsWith("The --data or --variables file is not usable JSON: ", FirstMessage(data));
        Assert.Equal(0, variablesCode);
        Assert.Equal("The --data or --variables file is not usable JSON: the variables must be a JSON object.", FirstMessage(variables));
    }

    [Fact]
    public async Task Variable_coercion_errors_are_responses_without_data()
    {
        Write("bad-variables.json", """{"n": 3}""");

        var (code, output, _) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--variables", P("bad-variables.json"));

        Assert.Equal(0, code);
        Assert.Equal("Variable \"$n\" has invalid value: String cannot represent a non string value: 3", FirstMessage(output));
        Assert.False(JsonDocument.Parse(output).RootElement.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("--query", "q.graphql")]
    [InlineData("--schema", "s.graphql")]
    public async Task Missing_required_arguments_exit_with_2(string option, string value)
    {
        var (code, output, error) = await Run(option, value);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("is required", error);
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--variables")]
    [InlineData("--query")]
    public async Task An_unreadable_query_data_or_variables_file_exits_with_2(string option)
    {
        string[] args = option == "--query"
            ? ["--schema", P("schema.graphql"), "--query", P("absent.json")]
            : ["--schema", P("schema.graphql"), "--query", P("query.graphql"), option, P("absent.json")];

        var (code, output, error) = await Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"Cannot read the {option} file \"{P("absent.json")}\"", error);
    }

    [Fact]
    public async Task Unknown_rule_names_empty_rules_and_conflicting_modes_exit_with_2()
    {
        var (unknownRule, unknownOutput, unknownError) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--rules", "NotARule");
        var (emptyRules, _, emptyError) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--rules", " , ");
        var (bothModes, _, bothError) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--parse-only", "--validate-only");
        var (unknownOption, _, _) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--verbose");

        Assert.Equal(2, unknownRule);
        Assert.Empty(unknownOutput);
        Assert.StartsWith("Unknown validation rule \"NotARule\". Known rules: ", unknownError);
        Assert.Contains("OverlappingFieldsCanBeMerged", unknownError);
        Assert.Equal(2, emptyRules);
        Assert.Contains("--rules needs at least one rule name", emptyError);
        Assert.Equal(2, bothModes);
        Assert.Contains("cannot be combined", bothError);
        Assert.Equal(2, unknownOption);
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_with_0()
    {
        var (code, output, _) = await Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("--schema", output);
        Assert.Contains("--validate-only", output);
    }

    [Fact]
    public async Task Hostile_documents_become_syntax_errors()
    {
        var deep = new string('[', 100_000);

        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-"], stdin: "{ hello(name: " + deep + ") }");

        Assert.Equal(0, code);
        Assert.StartsWith("Syntax Error", FirstMessage(output));
    }

    private static string FirstMessage(string output) =>
        JsonDocument.Parse(output).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;

    private static string?[] Messages(string output) =>
        JsonDocument.Parse(output).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToArray();

    private string P(string name) => Path.Combine(_directory, name);

    private void Write(string name, string text) => File.WriteAllText(P(name), text);

    private static Task<(int Code, string Output, string Error)> Run(params string[] args) => Run(args, string.Empty);

    private static async Task<(int Code, string Output, string Error)> Run(string[] args, string stdin)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
