// Expected answers were produced by graphql-js 17.1.0 for the same requests (see ReferenceCase).
namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Operation selection (spec §6.1 GetOperation), missing root types, and mutations (spec §6.2.2).</summary>
public sealed class OperationTests
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

    private const string QueryOnlySchema = "type Query { a: String }";

    private static readonly ReferenceCase[] All =
    [
        new("op-none", Schema, "fragment F on Query { a }", null, "{}", false, """{"errors":[{"message":"Must provide an operation."}]}"""),
        new("op-multi", Schema, "query A { a } query B { a }", null, "{}", true, """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}"""),
        new("op-unknown", Schema, "query A { a }", null, "{}", true, """{"errors":[{"message":"Unknown operation named \"B\"."}]}""", OperationName: "B"),
        new("op-named", Schema, "query A { a } query B { str }", null, """{"a":"1","str":"2"}""", true, """{"data":{"str":"2"}}""", OperationName: "B"),
        new("op-no-mutation", QueryOnlySchema, "mutation { x }", null, "{}", false, """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}"""),
        new("op-no-subscription", QueryOnlySchema, "subscription { x }", null, "{}", false, """{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}]}],"data":null}"""),
        new("op-mutation", Schema, "mutation { m1 { a } m2 { nn } x: m1 { a } }", null, """{"m1":{"a":"1"},"m2":{}}""", true, """{"errors":[{"message":"Cannot return null for non-nullable field Obj.nn.","locations":[{"line":1,"column":26}],"path":["m2","nn"]}],"data":null}"""),
        new("op-mutation-async", Schema, "mutation { m1 { a } m2 { a } }", null, """{"m1":{"$async":{"a":{"$async":"1"}}},"m2":{"$async":{"$throw":"boom"}}}""", true, """{"errors":[{"message":"boom","locations":[{"line":1,"column":21}],"path":["m2"]}],"data":null}"""),
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
