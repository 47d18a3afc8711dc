// Expected answers were produced by graphql-js 17.1.0 for the same requests (see ReferenceCase).
namespace Tracker.GraphQL.Tests.Execution;

/// <summary>Subscriptions (spec §6.2.3): source streams from root data, per-event execution and the errors of creating a stream.</summary>
public sealed class SubscriptionReferenceTests
{
    private const string Schema = """
            type Query { a: String }
            type Subscription { ev(n: Int!): Ev, evs: [Ev], s: String, nn: String! }
            type Ev { x: Int, nn: Int!, s: String }
            """;

    private const string QueryOnlySchema = "type Query { a: String }";

    private static readonly ReferenceCase[] All =
    [
        new("sub-basic", Schema, "subscription { ev(n: 1) { x } }", null, """{"ev":{"$stream":[{"x":1},{"x":2}]}}""", true, """{"events":[{"data":{"ev":null}},{"data":{"ev":null}}]}""", Subscribe: true),
        new("sub-alias", Schema, "subscription { e: ev(n: 1) { x s } }", null, """{"ev":{"$stream":[{"x":1,"s":{"$throw":"boom"}},{"x":2}]}}""", true, """{"events":[{"data":{"e":null}},{"data":{"e":null}}]}""", Subscribe: true),
        new("sub-nn", Schema, "subscription { ev(n: 1) { nn x } }", null, """{"ev":{"$stream":[{"x":1},{"x":2,"nn":3}]}}""", true, """{"events":[{"data":{"ev":null}},{"data":{"ev":null}}]}""", Subscribe: true),
        new("sub-scalar", Schema, "subscription { s }", null, """{"s":{"$stream":["a","b"]}}""", true, """{"events":[{"data":{"s":null}},{"data":{"s":null}}]}""", Subscribe: true),
        new("sub-nn-scalar", Schema, "subscription { nn }", null, """{"nn":{"$stream":["a",null]}}""", true, """{"events":[{"errors":[{"message":"Cannot return null for non-nullable field Subscription.nn.","locations":[{"line":1,"column":16}],"path":["nn"]}],"data":null},{"errors":[{"message":"Cannot return null for non-nullable field Subscription.nn.","locations":[{"line":1,"column":16}],"path":["nn"]}],"data":null}]}""", Subscribe: true),
        new("sub-throw", Schema, "subscription { s }", null, """{"s":{"$throw":"boom"}}""", true, """{"errors":[{"message":"boom","locations":[{"line":1,"column":16}],"path":["s"]}]}""", Subscribe: true),
        new("sub-not-stream", Schema, "subscription { s }", null, """{"s":"abc"}""", true, """{"errors":[{"message":"Subscription field must return Async Iterable. Received: \"abc\".","locations":[{"line":1,"column":16}],"path":["s"]}]}""", Subscribe: true),
        new("sub-missing", Schema, "subscription { s }", null, "{}", true, """{"errors":[{"message":"Subscription field must return Async Iterable. Received: undefined.","locations":[{"line":1,"column":16}],"path":["s"]}]}""", Subscribe: true),
        new("sub-unknown-field", Schema, "subscription { nope }", null, "{}", false, """{"errors":[{"message":"The subscription field \"nope\" is not defined.","locations":[{"line":1,"column":16}]}]}""", Subscribe: true),
        new("sub-two-fields", Schema, "subscription { s ev(n: 1) { x } }", null, """{"s":{"$stream":["a"]},"ev":{"$stream":[{"x":1}]}}""", false, """{"events":[{"data":{"s":null,"ev":null}}]}""", Subscribe: true),
        new("sub-arg-missing", Schema, "subscription { ev { x } }", null, """{"ev":{"$stream":[{"x":1}]}}""", false, """{"errors":[{"message":"Argument \"Subscription.ev(n:)\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":16}],"path":["ev"]}]}""", Subscribe: true),
        new("sub-arg-var", Schema, "subscription($n: Int!) { ev(n: $n) { x } }", "{}", """{"ev":{"$stream":[{"x":1}]}}""", true, """{"errors":[{"message":"Variable \"$n\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.","locations":[{"line":1,"column":14}]}]}""", Subscribe: true),
        new("sub-no-type", QueryOnlySchema, "subscription { s }", null, "{}", false, """{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}]}]}""", Subscribe: true),
        new("sub-skip-first", Schema, "subscription { s @skip(if: true) ev(n: 1) { x } }", null, """{"s":{"$stream":["a"]},"ev":{"$stream":[{"x":1}]}}""", false, """{"events":[{"data":{"ev":null}}]}""", Subscribe: true),
        new("sub-skip-all", Schema, "subscription { s @skip(if: true) }", null, """{"s":{"$stream":["a"]}}""", false, """{"errors":[{"message":"firstRootField is not iterable"}]}""", Subscribe: true),
        new("sub-typename", Schema, "subscription { __typename }", null, "{}", false, """{"errors":[{"message":"Subscription field must return Async Iterable. Received: undefined.","locations":[{"line":1,"column":16}],"path":["__typename"]}]}""", Subscribe: true),
        new("sub-list", Schema, "subscription { evs { x } }", null, """{"evs":{"$stream":[[{"x":1},{"x":2}],null]}}""", true, """{"events":[{"data":{"evs":null}},{"data":{"evs":null}}]}""", Subscribe: true),
        new("sub-async-items", Schema, "subscription { ev(n: 1) { x s } }", null, """{"ev":{"$stream":[{"x":{"$async":1},"s":{"$async":{"$throw":"boom"}}}]}}""", true, """{"events":[{"data":{"ev":null}}]}""", Subscribe: true),
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
