// Expected answers were produced by graphql-js 17.1.0 for the same requests (see ReferenceCase).
namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Variable coercion (spec §6.4.1 CoerceVariableValues): every input type kind, defaults, nulls, @oneOf, and graphql-js's error messages with paths.</summary>
public sealed class VariableCoercionTests
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
        new("v-int-ok", Schema, "query($v: Int) { int(a: $v) }", """{"v":3}""", EchoArguments, true, """{"data":{"int":"{\"a\":3}"}}"""),
        new("v-int-float", Schema, "query($v: Int) { int(a: $v) }", """{"v":3.5}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Int cannot represent non-integer value: 3.5","locations":[{"line":1,"column":7}]}]}"""),
        new("v-int-str", Schema, "query($v: Int) { int(a: $v) }", """{"v":"3"}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Int cannot represent non-integer value: \"3\"","locations":[{"line":1,"column":7}]}]}"""),
        new("v-int-big", Schema, "query($v: Int) { int(a: $v) }", """{"v":30000000000.0}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Int cannot represent non 32-bit signed integer value: 30000000000","locations":[{"line":1,"column":7}]}]}"""),
        new("v-int-null", Schema, "query($v: Int) { int(a: $v) }", """{"v":null}""", EchoArguments, true, """{"data":{"int":"{\"a\":null}"}}"""),
        new("v-int-absent", Schema, "query($v: Int) { int(a: $v) }", "{}", EchoArguments, true, """{"data":{"int":"{}"}}"""),
        new("v-req-absent", Schema, "query($v: Int!) { req(a: $v) }", "{}", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-req-null", Schema, "query($v: Int!) { req(a: $v) }", """{"v":null}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-default", Schema, "query($v: Int = 7) { int(a: $v) }", "{}", EchoArguments, true, """{"data":{"int":"{\"a\":7}"}}"""),
        new("v-default-null-given", Schema, "query($v: Int = 7) { int(a: $v) }", """{"v":null}""", EchoArguments, true, """{"data":{"int":"{\"a\":null}"}}"""),
        new("v-list-single", Schema, "query($v: [Int]) { list(a: $v) }", """{"v":4}""", EchoArguments, true, """{"data":{"list":"{\"a\":[4]}"}}"""),
        new("v-list", Schema, "query($v: [Int]) { list(a: $v) }", """{"v":[1,null,3]}""", EchoArguments, true, """{"data":{"list":"{\"a\":[1,null,3]}"}}"""),
        new("v-list-bad", Schema, "query($v: [Int]) { list(a: $v) }", """{"v":[1,"x",3.5]}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value at [1]: Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value at [2]: Int cannot represent non-integer value: 3.5","locations":[{"line":1,"column":7}]}]}"""),
        new("v-nnlist-bad", Schema, "query($v: [Int!]!) { nnlist(a: $v) }", """{"v":[1,null]}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value at [1]: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-nested-bad", Schema, "query($v: [[Int!]]) { nested(a: $v) }", """{"v":[[1],[null,"a"],3]}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value at [1][0]: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value at [1][1]: Int cannot represent non-integer value: \"a\"","locations":[{"line":1,"column":7}]}]}"""),
        new("v-obj-ok", Schema, "query($v: In) { obj(a: $v) }", """{"v":{"x":1}}""", EchoArguments, true, """{"data":{"obj":"{\"a\":{\"x\":1,\"y\":\"def\"}}"}}"""),
        new("v-obj-missing", Schema, "query($v: In) { obj(a: $v) }", """{"v":{"y":"a"}}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"In\" to include required field \"x\", found: { y: \"a\" }.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-obj-unknown", Schema, "query($v: In) { obj(a: $v) }", """{"v":{"x":1,"xx":2,"yy":3}}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"In\" not to include unknown field \"xx\". Did you mean \"x\"? Found: { x: 1, xx: 2, yy: 3 }.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value: Expected value of type \"In\" not to include unknown field \"yy\". Did you mean \"y\"? Found: { x: 1, xx: 2, yy: 3 }.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-obj-notobj", Schema, "query($v: In) { obj(a: $v) }", """{"v":[1]}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"In\" to be an object, found: [1].","locations":[{"line":1,"column":7}]}]}"""),
        new("v-obj-str", Schema, "query($v: In) { obj(a: $v) }", """{"v":"abc"}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Expected value of type \"In\" to be an object, found: \"abc\".","locations":[{"line":1,"column":7}]}]}"""),
        new("v-obj-deep", Schema, "query($v: In) { obj(a: $v) }", """{"v":{"x":1,"w":{"q":"yes"},"z":[1,"2"]}}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value at .z[1]: Int cannot represent non-integer value: \"2\"","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value at .w.q: Boolean cannot represent a non boolean value: \"yes\"","locations":[{"line":1,"column":7}]}]}"""),
        new("v-one-ok", Schema, "query($v: One) { one(a: $v) }", """{"v":{"a":1}}""", EchoArguments, true, """{"data":{"one":"{\"a\":{\"a\":1}}"}}"""),
        new("v-one-two", Schema, "query($v: One) { one(a: $v) }", """{"v":{"a":1,"b":"x"}}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-one-none", Schema, "query($v: One) { one(a: $v) }", """{"v":{}}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-one-null", Schema, "query($v: One) { one(a: $v) }", """{"v":{"a":null}}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value at .a: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-one-null2", Schema, "query($v: One) { one(a: $v) }", """{"v":{"a":null,"b":null}}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value at .a: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-enum-ok", Schema, "query($v: Color) { e(a: $v) }", """{"v":"RED"}""", EchoArguments, true, """{"data":{"e":"{\"a\":\"RED\"}"}}"""),
        new("v-enum-bad", Schema, "query($v: Color) { e(a: $v) }", """{"v":"RDE"}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Value \"RDE\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?","locations":[{"line":1,"column":7}]}]}"""),
        new("v-enum-num", Schema, "query($v: Color) { e(a: $v) }", """{"v":1}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: Enum \"Color\" cannot represent non-string value: 1.","locations":[{"line":1,"column":7}]}]}"""),
        new("v-bad-type", Schema, "query($v: Nest) { int(a: 1) }", "{}", EchoArguments, false, """{"errors":[{"message":"Variable \"$v\" expected value of type \"Nest\" which cannot be used as an input type.","locations":[{"line":1,"column":11}]}]}"""),
        new("v-unknown-type", Schema, "query($v: Foo) { int(a: 1) }", "{}", EchoArguments, false, """{"errors":[{"message":"Variable \"$v\" expected value of type \"Foo\" which cannot be used as an input type.","locations":[{"line":1,"column":11}]}]}"""),
        new("v-bad-default", Schema, """query($v: Int = "x") { int(a: $v) }""", "{}", EchoArguments, false, """{"errors":[{"message":"Variable \"$v\" has invalid default value: Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":7}]}]}"""),
        new("v-bad-default-obj", Schema, "query($v: In = {y: 1}) { obj(a: $v) }", "{}", EchoArguments, false, """{"errors":[{"message":"Variable \"$v\" has invalid default value: Expected value of type \"In\" to include required field \"x\", found: { y: 1 }.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid default value at .y: String cannot represent a non string value: 1","locations":[{"line":1,"column":7}]}]}"""),
        new("v-many-errors", Schema, "query($a: Int, $b: Int!, $c: In, $d: Color) { s }", """{"a":"x","c":{"z":["a","b"]},"d":"X"}""", EchoArguments, false, """{"errors":[{"message":"Variable \"$a\" has invalid value: Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":7}]},{"message":"Variable \"$b\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.","locations":[{"line":1,"column":16}]},{"message":"Variable \"$c\" has invalid value: Expected value of type \"In\" to include required field \"x\", found: { z: [\"a\", \"b\"] }.","locations":[{"line":1,"column":26}]},{"message":"Variable \"$c\" has invalid value at .z[0]: Int cannot represent non-integer value: \"a\"","locations":[{"line":1,"column":26}]},{"message":"Variable \"$c\" has invalid value at .z[1]: Int cannot represent non-integer value: \"b\"","locations":[{"line":1,"column":26}]},{"message":"Variable \"$d\" has invalid value: Value \"X\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":34}]}]}"""),
        new("v-string-from-num", Schema, "query($v: String) { many(b: $v) }", """{"v":1}""", EchoArguments, true, """{"errors":[{"message":"Variable \"$v\" has invalid value: String cannot represent a non string value: 1","locations":[{"line":1,"column":7}]}]}"""),
        new("v-float-int", Schema, "query($v: Float) { s }", """{"v":"1.5"}""", EchoArguments, false, """{"errors":[{"message":"Variable \"$v\" has invalid value: Float cannot represent non numeric value: \"1.5\"","locations":[{"line":1,"column":7}]}]}"""),
        new("v-id", Schema, "query($v: ID) { s }", """{"v":1.5}""", EchoArguments, false, """{"errors":[{"message":"Variable \"$v\" has invalid value: ID cannot represent value: 1.5","locations":[{"line":1,"column":7}]}]}"""),
        new("v-bool", Schema, "query($v: Boolean) { s }", """{"v":1}""", EchoArguments, false, """{"errors":[{"message":"Variable \"$v\" has invalid value: Boolean cannot represent a non boolean value: 1","locations":[{"line":1,"column":7}]}]}"""),
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
