using System.Text.Json;
using Tracker.GraphQL.Cli;

namespace Tracker.GraphQL.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("graphql-cli-").FullName;

    public CliAppTests()
    {
        Write("schema.graphql", "type Query { hello(name: String = \"world\"): String node: Node greet(name: String!): String }\ninterface Node { id: ID! }\ntype User implements Node { id: ID! name: String }");
        Write("query.graphql", "query Q($n: String!) { hello node { id ... on User { name } } greet(name: $n) }");
        Write("data.json", """{"hello": "hi", "node": {"__typename": "User", "id": "1", "name": "Ada"}, "greet": {"$args": true}}""");
        Write("variables.json", """{"n": "Bo"}""");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Executes_against_json_root_data_and_variables()
    {
        var (code, output, _) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--data", P("data.json"), "--variables", P("variables.json"));

        Assert.Equal(0, code);
        Assert.Equal("""{"data":{"hello":"hi","node":{"id":"1","name":"Ada"},"greet":"{\"name\":\"Bo\"}"}}""", output.Trim());
    }

    [Fact]
    public async Task Reads_the_query_from_standard_input()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--data", P("data.json")], stdin: "{ hello }");

        Assert.Equal(0, code);
        Assert.Equal("""{"data":{"hello":"hi"}}""", output.Trim());
    }

    [Fact]
    public async Task A_syntax_error_is_a_response_with_errors_and_no_data()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-"], stdin: "{ hello");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Validate_only_reports_validation_errors_for_chosen_rules()
    {
        var (_, allRules, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--validate-only"], stdin: "query Q($unused: String) { nope }");
        var (_, oneRule, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--validate-only", "--rules", "NoUnusedVariables"], stdin: "query Q($unused: String) { nope }");
        var (_, valid, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--validate-only"], stdin: "{ hello }");

        Assert.Equal(2, JsonDocument.Parse(allRules).RootElement.GetProperty("errors").GetArrayLength());
        Assert.Equal("Variable \"$unused\" is never used in operation \"Q\".", JsonDocument.Parse(oneRule).RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("{}", valid.Trim());
    }

    [Fact]
    public async Task Parse_only_prints_an_empty_response_for_valid_syntax()
    {
        var (code, output, _) = await Run(["--schema", P("schema.graphql"), "--query", "-", "--parse-only"], stdin: "{ notInSchema }");

        Assert.Equal(0, code);
        Assert.Equal("{}", output.Trim());
    }

    [Fact]
    public async Task An_unusable_schema_is_a_response_saying_why()
    {
        Write("bad.graphql", "type Query { a: Missing }");

        var (code, output, _) = await Run(["--schema", P("bad.graphql"), "--query", "-"], stdin: "{ a }");

        Assert.Equal(0, code);
        var error = JsonDocument.Parse(output).RootElement.GetProperty("errors")[0];
        Assert.Equal("The schema is invalid: Unknown type \"Missing\".", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_SCHEMA", error.GetProperty("extensions").GetProperty("code").GetString());
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

    [Fact]
    public async Task Unknown_rule_names_and_conflicting_modes_exit_with_2()
    {
        var (unknownRule, _, unknownError) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--rules", "NotARule");
        var (bothModes, _, _) = await Run("--schema", P("schema.graphql"), "--query", P("query.graphql"), "--parse-only", "--validate-only");
        var (missingFile, _, _) = await Run("--schema", P("schema.graphql"), "--query", P("absent.graphql"));

        Assert.Equal(2, unknownRule);
        Assert.Contains("Unknown validation rule \"NotARule\"", unknownError);
        Assert.Equal(2, bothModes);
        Assert.Equal(2, missingFile);
    }

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
