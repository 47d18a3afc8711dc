using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// One parsed document executed by many requests at once shares its collected field sets
/// (<see cref="SharedFieldSets"/>): each execution still gets its own arguments, whatever its variables, across
/// nested lists and a union of more runtime types than a field's chain holds.
/// </summary>
public sealed class SharedFieldSetsTests
{
    private static readonly string Sdl = """
        type Query {
          echo(word: String!, times: Int = 1): String!
          items(prefix: String!): [Item!]!
          things: [Thing!]!
        }
        type Item { n: Int! label(suffix: String!): String! }
        union Thing = T0 | T1 | T2 | T3 | T4 | T5 | T6 | T7 | T8 | T9 | T10
        """ + string.Concat(Enumerable.Range(0, 11).Select(i => $"\ntype T{i} {{ v: String! w{i}(x: String!): String! }}"));

    private const string Query = """
        query ($p: String!, $s: String!, $w: String!, $x: String!) {
          a: echo(word: $w)
          b: echo(word: "lit", times: 2)
          items(prefix: $p) { n label(suffix: $s) other: label(suffix: "-") }
          things { __typename ...Parts }
          ... @skip(if: false) { c: echo(word: $w, times: 3) }
          ... @include(if: false) { never: echo(word: "no") }
        }
        fragment Parts on Thing {
          ... on T0 { v w0(x: $x) } ... on T1 { v w1(x: $x) } ... on T2 { v w2(x: $x) } ... on T3 { v w3(x: $x) }
          ... on T4 { v w4(x: $x) } ... on T5 { v w5(x: $x) } ... on T6 { v w6(x: $x) } ... on T7 { v w7(x: $x) }
          ... on T8 { v w8(x: $x) } ... on T9 { v w9(x: $x) } ... on T10 { v w10(x: $x) }
        }
        """;

    /// <summary>Values whose resolvers echo their arguments; the list resolver yields, so executions interleave.</summary>
    private static Dictionary<string, object?> Root() => new()
    {
        ["echo"] = (Func<ResolveFieldContext, object?>)(c => string.Concat(Enumerable.Repeat((string)c.Arguments["word"]!, (int)c.Arguments["times"]!))),
        ["items"] = (Func<ResolveFieldContext, object?>)(c => ItemsAsync((string)c.Arguments["prefix"]!)),
        ["things"] = Enumerable.Range(0, 33).Select(i => (object?)Thing(i)).ToList(),
    };

    private static async Task<object?> ItemsAsync(string prefix)
    {
        await Task.Yield();
        return Enumerable.Range(0, 6).Select(i => (object?)new Dictionary<string, object?>
        {
            ["n"] = i,
            ["label"] = (Func<ResolveFieldContext, object?>)(c => $"{prefix}{i}{c.Arguments["suffix"]}"),
        }).ToList();
    }

    private static Dictionary<string, object?> Thing(int i)
    {
        var type = i % 11;
        return new Dictionary<string, object?>
        {
            ["__typename"] = $"T{type}",
            ["v"] = $"t{i}",
            [$"w{type}"] = (Func<ResolveFieldContext, object?>)(c => $"{c.Arguments["x"]}@{i}"),
        };
    }

    private static IReadOnlyDictionary<string, object?> Variables(int k) => new Dictionary<string, object?>
    {
        ["p"] = $"p{k}:", ["s"] = $"/s{k}", ["w"] = $"w{k}", ["x"] = $"x{k}",
    };

    private static async Task<string> Run(GraphQLSchema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables) =>
        ExecutionResultJson.ToJson(await Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = document, RootValue = Root(), VariableValues = variables }));

    [Fact]
    public async Task Concurrent_executions_of_one_document_share_its_sets_and_each_answers_for_its_own_variables()
    {
        var schema = SchemaBuilder.Build(Sdl);
        // Each variable set's answer from a document of its own, executed alone.
        var expected = new List<string>();
        for (var k = 0; k < 12; k++)
        {
            expected.Add(await Run(schema, Parser.Parse(Query), Variables(k)));
        }
        Assert.Contains("\"a\":\"w3\"", expected[3]);
        Assert.Contains("\"label\":\"p5:2/s5\"", expected[5]);
        Assert.Contains("\"w7\":\"x4@7\"", expected[4]);
        Assert.DoesNotContain("never", expected[0]);

        var shared = Parser.Parse(Query);
        var failures = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 600), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var k = i % 12;
            if (await Run(schema, shared, Variables(k)) != expected[k])
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
        var operation = (OperationDefinitionNode)shared.Definitions[0];
        // Shared: the root set one execution published is the one the others found.
        Assert.NotNull(SharedFieldSets.For(schema, DefaultResolvers.Field, operation, Fragments(shared))?.RootFields);
    }

    [Theory]
    [InlineData("query ($v: Boolean!) { a: echo(word: \"x\") b: echo(word: \"y\") @include(if: $v) }")]
    [InlineData("query ($v: Boolean!) { a: echo(word: \"x\") ... @skip(if: $v) { b: echo(word: \"y\") } }")]
    [InlineData("query ($v: Boolean!) { a: echo(word: \"x\") ...F } fragment F on Query { b: echo(word: \"y\") @skip(if: $v) }")]
    public async Task An_operation_whose_fields_depend_on_its_variables_is_collected_by_each_execution(string query)
    {
        var schema = SchemaBuilder.Build(Sdl);
        var document = Parser.Parse(query);
        var answers = new string[40];
        await Parallel.ForEachAsync(Enumerable.Range(0, answers.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
            answers[i] = await Run(schema, document, new Dictionary<string, object?> { ["v"] = i % 2 == 0 }));

        var withB = query.Contains("@include") ? 0 : 1;
        for (var i = 0; i < answers.Length; i++)
        {
            Assert.Equal(i % 2 == withB ? """{"data":{"a":"x","b":"y"}}""" : """{"data":{"a":"x"}}""", answers[i]);
        }
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        Assert.Null(SharedFieldSets.For(schema, DefaultResolvers.Field, operation, Fragments(document)));
    }

    [Fact]
    public async Task A_document_executed_against_another_schema_collects_its_own_sets_there()
    {
        var first = SchemaBuilder.Build(Sdl);
        var second = SchemaBuilder.Build(Sdl);
        var document = Parser.Parse(Query);

        var one = await Run(first, document, Variables(1));
        var two = await Run(second, document, Variables(2));

        Assert.Equal(await Run(first, Parser.Parse(Query), Variables(1)), one);
        Assert.Equal(await Run(second, Parser.Parse(Query), Variables(2)), two);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.NotNull(SharedFieldSets.For(first, DefaultResolvers.Field, operation, Fragments(document)));
        Assert.Null(SharedFieldSets.For(second, DefaultResolvers.Field, operation, Fragments(document)));
    }

    private static Dictionary<string, FragmentDefinitionNode> Fragments(DocumentNode document) =>
        document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
}
