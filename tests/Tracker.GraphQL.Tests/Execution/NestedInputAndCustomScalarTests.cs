// Expected answers were produced by graphql-js 17.1.0 for the same requests (see ReferenceCase).
namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Input coercion inside lists of input objects and @oneOf (error paths), custom scalars without coercion rules (literals, variables, results), and variable defaults.</summary>
public sealed class NestedInputAndCustomScalarTests
{
    private const string Schema = """
            scalar JSON
            input In { x: Int!, tags: [String!], o: One }
            input One @oneOf { a: Int, b: [In!] }
            type Query { f(a: [In!], j: JSON, js: [JSON], o: One): String, json: JSON, jsons: [JSON] }
            """;

    private static readonly ReferenceCase[] All =
    [
        new("c-list-obj-path", Schema, "query($v: [In!]) { f(a: $v) }", """{"v":[{"x":1},{"x":"2","tags":[null]},null,{"o":{"a":1,"b":[]}}]}""", """{"f":{"$args":true}}""", true, """{"errors":[{"message":"Variable \"$v\" has invalid value at [1].x: Int cannot represent non-integer value: \"2\"","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value at [1].tags[0]: Expected value of non-null type \"String!\" not to be null.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value at [2]: Expected value of non-null type \"In!\" not to be null.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value at [3]: Expected value of type \"In\" to include required field \"x\", found: { o: { a: 1, b: [] } }.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$v\" has invalid value at [3].o: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}"""),
        new("c-oneof-nested-var", Schema, "query($v: One) { f(o: $v) }", """{"v":{"b":[{"x":1,"o":{}}]}}""", """{"f":{"$args":true}}""", true, """{"errors":[{"message":"Variable \"$v\" has invalid value at .b[0].o: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}"""),
        new("c-json-literal", Schema, """{ f(j: {a: [1, 2.5, "s", true, null, E], b: {c: 1}}, js: [1, "x", {k: null}]) }""", null, """{"f":{"$args":true}}""", true, """{"data":{"f":"{\"j\":{\"a\":[1,2.5,\"s\",true,null,\"E\"],\"b\":{\"c\":1}},\"js\":[1,\"x\",{\"k\":null}]}"}}"""),
        new("c-json-var", Schema, "query($v: JSON, $w: [JSON]) { f(j: $v, js: $w) }", """{"v":{"a":[1,{"b":null}]},"w":5}""", """{"f":{"$args":true}}""", true, """{"data":{"f":"{\"j\":{\"a\":[1,{\"b\":null}]},\"js\":[5]}"}}"""),
        new("c-json-literal-with-var", Schema, "query($v: Int) { f(j: {a: $v, b: [$v]}) }", """{"v":3}""", """{"f":{"$args":true}}""", true, """{"data":{"f":"{\"j\":{\"a\":3,\"b\":[3]}}"}}"""),
        new("c-json-literal-with-missing-var", Schema, "query($v: Int) { f(j: {a: $v, b: [$v]}) }", "{}", """{"f":{"$args":true}}""", true, """{"data":{"f":"{\"j\":{\"b\":[null]}}"}}"""),
        new("c-json-output", Schema, "{ json jsons }", null, """{"json":{"a":[1,{"b":null}],"s":"x"},"jsons":[1,"a",null,[2]]}""", true, """{"data":{"json":{"a":[1,{"b":null}],"s":"x"},"jsons":[1,"a",null,[2]]}}"""),
        new("c-default-list-obj", Schema, "query($v: [In!] = [{x: 1}]) { f(a: $v) }", "{}", """{"f":{"$args":true}}""", true, """{"data":{"f":"{\"a\":[{\"x\":1}]}"}}"""),
        new("c-default-invalid-nested", Schema, "query($v: [In!] = [{x: 1, tags: [null]}]) { f(a: $v) }", "{}", """{"f":{"$args":true}}""", false, """{"errors":[{"message":"Variable \"$v\" has invalid default value at [0].tags[0]: Expected value of non-null type \"String!\" not to be null.","locations":[{"line":1,"column":7}]}]}"""),
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
