// Expected answers were produced by graphql-js 17.1.0 for the same requests (see ReferenceCase).
namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Field collection (spec §6.3.2 CollectFields): @skip and @include, fragments and type conditions, merging, aliases, and documents that skipped validation.</summary>
public sealed class FieldCollectionTests
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
        new("unvalidated-unknown-field", Schema, "{ a nope obj { nope a } }", null, """{"a":"x","obj":{"a":"y"}}""", false, """{"data":{"a":"x","obj":{"a":"y"}}}"""),
        new("unvalidated-leaf-with-selection", Schema, "{ a { x } }", null, """{"a":"x"}""", false, """{"data":{"a":"x"}}"""),
        new("unvalidated-obj-no-selection", Schema, "{ obj }", null, """{"obj":{"a":"y"}}""", false, """{"data":{"obj":{}}}"""),
        new("unvalidated-unknown-fragment", Schema, "{ ...F a }", null, """{"a":"x"}""", false, """{"data":{"a":"x"}}"""),
        new("unvalidated-bad-condition", Schema, "{ ... on Nope { a } ... on Dog { a } str }", null, """{"a":"x","str":"y"}""", false, """{"data":{"str":"y"}}"""),
        new("frag-merge", Schema, "{ obj { a } obj { nn } ...F } fragment F on Query { obj { a: nn } }", null, """{"obj":{"a":"1","nn":"2"}}""", false, """{"data":{"obj":{"a":"1","nn":"2"}}}"""),
        new("frag-cycle", Schema, "{ ...F } fragment F on Query { a ...F }", null, """{"a":"1"}""", false, """{"data":{"a":"1"}}"""),
        new("skip-include", Schema, "query($t: Boolean!, $f: Boolean!) { a @skip(if: $t) str @include(if: $f) i @skip(if: $f) @include(if: $t) b @skip(if: true) @include(if: true) ...F @include(if: false) ... @skip(if: false) { id } } fragment F on Query { f }", """{"t":true,"f":false}""", """{"a":"1","str":"2","i":3,"b":true,"f":1.5,"id":"x"}""", true, """{"data":{"i":3,"id":"x"}}"""),
        new("skip-missing-var", Schema, "query($t: Boolean) { a @skip(if: $t) str }", "{}", """{"a":"1","str":"2"}""", false, """{"errors":[{"message":"Argument \"@skip(if:)\" has invalid value: Expected variable \"$t\" provided to type \"Boolean!\" to provide a runtime value.","locations":[{"line":1,"column":34}]}],"data":null}"""),
        new("skip-null-var", Schema, "query($t: Boolean) { a @skip(if: $t) str }", """{"t":null}""", """{"a":"1","str":"2"}""", false, """{"errors":[{"message":"Argument \"@skip(if:)\" has invalid value: Expected variable \"$t\" provided to non-null type \"Boolean!\" not to be null.","locations":[{"line":1,"column":34}]}],"data":null}"""),
        new("skip-missing-var-sub", Schema, "query($t: Boolean) { obj { a @skip(if: $t) } str }", "{}", """{"obj":{"a":"1"},"str":"2"}""", false, """{"errors":[{"message":"Argument \"@skip(if:)\" has invalid value: Expected variable \"$t\" provided to type \"Boolean!\" to provide a runtime value.","locations":[{"line":1,"column":40}],"path":["obj"]}],"data":{"obj":null,"str":"2"}}"""),
        new("typename", Schema, "{ __typename obj { __typename t: __typename } pet { __typename } }", null, """{"obj":{},"pet":{"__typename":"Cat"}}""", true, """{"data":{"__typename":"Query","obj":{"__typename":"Obj","t":"Obj"},"pet":{"__typename":"Cat"}}}"""),
        new("alias-order", Schema, "{ z: a y: str a: i a2: a }", null, """{"a":"1","str":"2","i":3}""", true, """{"data":{"z":"1","y":"2","a":3,"a2":"1"}}"""),
        new("many-errors-order", Schema, "{ a: nn b: nn c: obj { nn } d: list { nn } }", null, """{"nn":{"$throw":"boom"},"obj":{"nn":{"$throw":"boom"}},"list":[{"nn":{"$throw":"boom"}},{"nn":{"$async":{"$throw":"boom"}}}]}""", true, """{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["a"]}],"data":null}"""),
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
