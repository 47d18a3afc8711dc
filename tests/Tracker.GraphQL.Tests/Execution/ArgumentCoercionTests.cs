// Expected answers were produced by graphql-js 17.1.0 for the same requests (see ReferenceCase).
namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Argument coercion (spec §6.4.1 CoerceArgumentValues): literals, variables inside literals, defaults, and the errors of documents that skipped validation.</summary>
public sealed class ArgumentCoercionTests
{
    private const string Schema = """
            type Query { int(a: Int): String, req(a: Int!): String, list(a: [Int]): String, nnlist(a: [Int!]!): String,
              obj(a: In): String, one(a: One): String, e(a: Color): String, many(a: Int, b: String = "x", c: [In!]): String,
              defaults(a: In = {x: 1}): String, nested(a: [[Int!]]): String, s: String, n: Int!, f: Float, b: Boolean, id: ID,
              nested2: Nest, color: Color }
            type Nest { a: String, b: Int!, c: Nest, l: [Nest!], l2: [Nest]! }
            input In { x: Int!, y: String = "def", z: [Int], w: In2 }
            input In2 { q: Boolean! }
            input One @oneOf { a: Int, b: String, c: In2 }
            enum Color { RED GREEN BLUE }
            """;

    /// <summary>Every field answers its coerced arguments as JSON text.</summary>
    private const string EchoArguments = """{"int":{"$args":true},"req":{"$args":true},"list":{"$args":true},"nnlist":{"$args":true},"obj":{"$args":true},"one":{"$args":true},"e":{"$args":true},"many":{"$args":true},"defaults":{"$args":true},"nested":{"$args":true}}""";

    private static readonly ReferenceCase[] All =
    [
        new("a-int", Schema, "{ int(a: 1) }", null, EchoArguments, true, """{"data":{"int":"{\"a\":1}"}}"""),
        new("a-absent", Schema, "{ int many }", null, EchoArguments, true, """{"data":{"int":"{}","many":"{\"b\":\"x\"}"}}"""),
        new("a-default-obj", Schema, "{ defaults }", null, EchoArguments, true, """{"data":{"defaults":"{\"a\":{\"x\":1,\"y\":\"def\"}}"}}"""),
        new("a-obj-defaults", Schema, "{ obj(a: {x: 1}) }", null, EchoArguments, true, """{"data":{"obj":"{\"a\":{\"x\":1,\"y\":\"def\"}}"}}"""),
        new("a-list-single", Schema, "{ list(a: 3) nested(a: 1) }", null, EchoArguments, true, """{"data":{"list":"{\"a\":[3]}","nested":"{\"a\":[[1]]}"}}"""),
        new("a-one", Schema, "{ one(a: {c: {q: true}}) }", null, EchoArguments, true, """{"data":{"one":"{\"a\":{\"c\":{\"q\":true}}}"}}"""),
        new("a-enum", Schema, "{ e(a: GREEN) }", null, EchoArguments, true, """{"data":{"e":"{\"a\":\"GREEN\"}"}}"""),
        new("a-var-in-obj", Schema, "query($x: Int) { obj(a: {x: 1, z: [$x, 2]}) }", """{"x":null}""", EchoArguments, true, """{"data":{"obj":"{\"a\":{\"x\":1,\"y\":\"def\",\"z\":[null,2]}}"}}"""),
        new("a-var-in-obj-missing", Schema, "query($y: String) { obj(a: {x: 1, y: $y}) }", "{}", EchoArguments, true, """{"data":{"obj":"{\"a\":{\"x\":1,\"y\":\"def\"}}"}}"""),
        new("a-var-missing-default", Schema, "query($v: String) { many(b: $v) }", "{}", EchoArguments, true, """{"data":{"many":"{\"b\":\"x\"}"}}"""),
        new("a-var-null-default", Schema, "query($v: String) { many(b: $v) }", """{"v":null}""", EchoArguments, true, """{"data":{"many":"{\"b\":null}"}}"""),
        new("a-bad-literal", Schema, """{ int(a: "x") }""", null, EchoArguments, false, """{"errors":[{"message":"Argument \"Query.int(a:)\" has invalid value: Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":10}],"path":["int"]}],"data":{"int":null}}"""),
        new("a-bad-nested", Schema, "{ obj(a: {x: 1, w: {q: 3}}) }", null, EchoArguments, false, """{"errors":[{"message":"Argument \"Query.obj(a:)\" has invalid value at .w.q: Boolean cannot represent a non boolean value: 3","locations":[{"line":1,"column":24}],"path":["obj"]}],"data":{"obj":null}}"""),
        new("a-req-missing", Schema, "{ req }", null, EchoArguments, false, """{"errors":[{"message":"Argument \"Query.req(a:)\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":3}],"path":["req"]}],"data":{"req":null}}"""),
        new("a-req-null-var", Schema, "query($v: Int) { req(a: $v) }", """{"v":null}""", EchoArguments, false, """{"errors":[{"message":"Argument \"Query.req(a:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":25}],"path":["req"]}],"data":{"req":null}}"""),
        new("a-req-missing-var", Schema, "query($v: Int) { req(a: $v) }", "{}", EchoArguments, false, """{"errors":[{"message":"Argument \"Query.req(a:)\" has invalid value: Expected variable \"$v\" provided to type \"Int!\" to provide a runtime value.","locations":[{"line":1,"column":25}],"path":["req"]}],"data":{"req":null}}"""),
        new("a-one-null", Schema, "{ one(a: {a: null}) }", null, EchoArguments, false, """{"errors":[{"message":"Argument \"Query.one(a:)\" has invalid value at .a: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":10}],"path":["one"]}],"data":{"one":null}}"""),
        new("a-one-two", Schema, """{ one(a: {a: 1, b: "x"}) }""", null, EchoArguments, false, """{"errors":[{"message":"Argument \"Query.one(a:)\" has invalid value: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":10}],"path":["one"]}],"data":{"one":null}}"""),
        new("a-one-var-missing", Schema, "query($v: Int) { one(a: {a: $v}) }", "{}", EchoArguments, false, """{"errors":[{"message":"Argument \"Query.one(a:)\" has invalid value: Expected variable \"$v\" provided to field \"a\" for OneOf Input Object type \"One\" to provide a runtime value.","locations":[{"line":1,"column":25}],"path":["one"]}],"data":{"one":null}}"""),
        new("a-one-var-null", Schema, "query($v: Int) { one(a: {a: $v}) }", """{"v":null}""", EchoArguments, false, """{"errors":[{"message":"Argument \"Query.one(a:)\" has invalid value: Expected variable \"$v\" provided to field \"a\" for OneOf Input Object type \"One\" not to be null.","locations":[{"line":1,"column":25}],"path":["one"]}],"data":{"one":null}}"""),
        new("a-unknown-field", Schema, "{ obj(a: {x: 1, wat: 2}) }", null, EchoArguments, false, """{"errors":[{"message":"Argument \"Query.obj(a:)\" has invalid value: Expected value of type \"In\" not to include unknown field \"wat\". Did you mean \"w\"? Found: { x: 1, wat: 2 }.","locations":[{"line":1,"column":17}],"path":["obj"]}],"data":{"obj":null}}"""),
        new("a-enum-bad", Schema, "{ e(a: RDE) }", null, EchoArguments, false, """{"errors":[{"message":"Argument \"Query.e(a:)\" has invalid value: Value \"RDE\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?","locations":[{"line":1,"column":8}],"path":["e"]}],"data":{"e":null}}"""),
        new("a-enum-str", Schema, """{ e(a: "RED") }""", null, EchoArguments, false, """{"errors":[{"message":"Argument \"Query.e(a:)\" has invalid value: Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?","locations":[{"line":1,"column":8}],"path":["e"]}],"data":{"e":null}}"""),
        new("a-list-var-item-null", Schema, "query($v: Int) { nnlist(a: [1, $v]) }", """{"v":null}""", EchoArguments, false, """{"errors":[{"message":"Argument \"Query.nnlist(a:)\" has invalid value at [1]: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":32}],"path":["nnlist"]}],"data":{"nnlist":null}}"""),
        new("a-list-var-item-missing", Schema, "query($v: Int) { list(a: [1, $v]) }", "{}", EchoArguments, false, """{"data":{"list":"{\"a\":[1,null]}"}}"""),
        new("a-dup-arg", Schema, "{ int(a: 1, a: 2) }", null, EchoArguments, false, """{"data":{"int":"{\"a\":2}"}}"""),
        new("a-in-list", Schema, "{ l: nested2 { l { a } } }", null, """{"nested2":{"l":[{"a":"x"}]}}""", true, """{"data":{"l":{"l":[{"a":"x"}]}}}"""),
        new("a-var-and-lists", Schema, "query($v: Int!) { req(a: $v) nested2 { l { a } } }", """{"v":1}""", """{"req":{"$args":true},"nested2":{"l":[{"a":"x"},{"a":"y"}]}}""", true, """{"data":{"req":"{\"a\":1}","nested2":{"l":[{"a":"x"},{"a":"y"}]}}}"""),
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
