using System.Text.Json.Nodes;
using Tracker.GraphQL.Introspection;
using static Tracker.GraphQL.Tests.Introspection.IntrospectionSamples;

namespace Tracker.GraphQL.Tests.Introspection;

/// <summary>
/// Introspection executed end to end, compared with graphql-js 17.1.0's response for the same schema and query
/// (Samples/introspection-*.json, written by Types/Reference/generate.cjs).
/// </summary>
public sealed class IntrospectionExecutionTests
{
    public static TheoryData<string> FullQuerySamples => new()
    {
        "introspection-result-descriptions.json",
        "introspection-result-deprecatedEverything.json",
        "introspection-result-extensionsInTheSameDocument.json",
        "introspection-result-interfaceChain.json",
        "introspection-result-redefinedBuiltInDirective.json",
    };

    public static TheoryData<int> SmallQueries
    {
        get
        {
            var data = new TheoryData<int>();
            var count = ReadJson("introspection-queries.json").AsArray().Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(i);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FullQuerySamples))]
    public async Task Full_introspection_query_answers_as_graphql_js(string sample)
    {
        var expected = ReadJson(sample);
        var actual = await ExecuteAsync((string)expected["sdl"]!, IntrospectionQuery.Get(IntrospectionQueryOptions.All));
        AssertSameJson(expected["result"]!, actual);
    }

    [Theory]
    [MemberData(nameof(SmallQueries))]
    public async Task Introspection_fields_answer_as_graphql_js(int index)
    {
        var sample = ReadJson("introspection-queries.json").AsArray()[index]!;
        var actual = await ExecuteAsync((string)sample["sdl"]!, (string)sample["query"]!);
        AssertSameJson(sample["result"]!, actual);
    }

    [Fact]
    public async Task Default_introspection_query_runs_without_errors()
    {
        var actual = await ExecuteAsync("type Query { a: Int }", IntrospectionQuery.Get());
        Assert.Null(actual["errors"]);
        var types = actual["data"]!["__schema"]!["types"]!.AsArray();
        Assert.Contains(types, t => (string?)t!["name"] == "__TypeKind");
    }

    [Fact]
    public async Task Default_values_of_code_first_arguments_are_printed_through_their_type()
    {
        // includeDeprecated's default is the value false, not a literal: graphql-js prints "false".
        var actual = await ExecuteAsync("type Query { a: Int }", "{ __type(name: \"__Type\") { fields { name args { name defaultValue } } } }");
        var fields = actual["data"]!["__type"]!["fields"]!.AsArray();
        var args = fields.Single(f => (string?)f!["name"] == "fields")!["args"]!.AsArray();
        Assert.Equal("""[{"name":"includeDeprecated","defaultValue":"false"}]""", args.ToJsonString());
    }
}
