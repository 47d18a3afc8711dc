// Expected answers were produced by graphql-js 17.1.0 for the same requests (see ReferenceCase).
namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Interfaces and unions (spec §6.4.3 ResolveAbstractType): __typename resolution and every error graphql-js reports for it.</summary>
public sealed class AbstractTypeTests
{
    private const string Schema = """
            type Query { a: String, nn: String!, obj: Obj, nnobj: Obj!, list: [Obj], nnlist: [Obj!], lnn: [Obj!]!, ints: [Int], nnints: [Int!], deep: [[Int!]], deepnn: [[Int!]!]!,
              pet: Pet, pets: [Pet], thing: Thing, things: [Thing!], e: Color, es: [Color], f: Float, i: Int, b: Boolean, id: ID, str: String }
            type Obj { a: String, nn: String!, obj: Obj, nnobj: Obj!, list: [Obj], nnlist: [Obj!], ints: [Int!]! }
            interface Pet { name: String }
            type Dog implements Pet { name: String, barks: Boolean }
            type Cat implements Pet { name: String, meows: Boolean }
            type Other { x: Int }
            union Thing = Dog | Cat
            enum Color { RED GREEN }
            type Mutation { m1: Obj, m2: Obj! }
            """;

    private static readonly ReferenceCase[] All =
    [
        new("abs-ok", Schema, "{ pet { name ... on Dog { barks } ... on Cat { meows } } pets { __typename name } }", null, """{"pet":{"__typename":"Dog","name":"Rex","barks":true},"pets":[{"__typename":"Cat","name":"Tom","meows":false},{"__typename":"Dog","name":"Fido"}]}""", true, """{"data":{"pet":{"name":"Rex","barks":true},"pets":[{"__typename":"Cat","name":"Tom"},{"__typename":"Dog","name":"Fido"}]}}"""),
        new("abs-no-typename", Schema, "{ pet { name } }", null, """{"pet":{"name":"Rex"}}""", true, """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pet"]}],"data":{"pet":null}}"""),
        new("abs-bad-typename", Schema, "{ pet { name } }", null, """{"pet":{"__typename":"Nope","name":"Rex"}}""", true, """{"errors":[{"message":"Abstract type \"Pet\" was resolved to a type \"Nope\" that does not exist inside the schema.","locations":[{"line":1,"column":3}],"path":["pet"]}],"data":{"pet":null}}"""),
        new("abs-not-object", Schema, "{ pet { name } }", null, """{"pet":{"__typename":"Color","name":"Rex"}}""", true, """{"errors":[{"message":"Abstract type \"Pet\" was resolved to a non-object type \"Color\".","locations":[{"line":1,"column":3}],"path":["pet"]}],"data":{"pet":null}}"""),
        new("abs-not-possible", Schema, "{ pet { name } }", null, """{"pet":{"__typename":"Other","name":"Rex"}}""", true, """{"errors":[{"message":"Runtime Object type \"Other\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["pet"]}],"data":{"pet":null}}"""),
        new("abs-union", Schema, "{ thing { __typename ... on Dog { name } } things { __typename } }", null, """{"thing":{"__typename":"Cat","name":"x"},"things":[{"__typename":"Dog"},{"__typename":"Other"}]}""", true, """{"errors":[{"message":"Runtime Object type \"Other\" is not a possible type for \"Thing\".","locations":[{"line":1,"column":44}],"path":["things",1]}],"data":{"thing":{"__typename":"Cat"},"things":null}}"""),
        new("abs-union-nn", Schema, "{ things { __typename } a }", null, """{"a":"x","things":[{"__typename":"Dog"},{}]}""", true, """{"errors":[{"message":"Abstract type \"Thing\" must resolve to an Object type at runtime for field \"Query.things\". Either the \"Thing\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["things",1]}],"data":{"things":null,"a":"x"}}"""),
        new("abs-typename-num", Schema, "{ pet { name } }", null, """{"pet":{"__typename":5}}""", true, """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pet"]}],"data":{"pet":null}}"""),
    ];

    public static TheoryData<string> Cases => [.. All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Answers_as_graphql_js(string id)
    {
        var testCase = All.Single(c => c.Id == id);

        var actual = await testCase.RunAsync();

        Assert.Equal(ReferenceCase.Normalize(testCase.Expected), actual);
    }
}
