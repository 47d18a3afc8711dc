namespace Tracker.GraphQL.Tests.Conformance;

/// <summary>
/// Every fixture case generated from graphql-js 17.1.0 must get the same answer from the engine: syntax errors,
/// printed documents, validation errors (in order), execution results (errors as a multiset), subscription
/// events, incremental payloads (@defer, @stream), schema errors, printed schemas and introspection results. One theory case per fixture case, named
/// by its id; cases listed in tests/conformance/exclusions.json run in <see cref="ExclusionTests"/> instead.
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> ParseCases => Fixtures.Ids("parse");

    public static TheoryData<string> ValidationCases => Fixtures.Ids("validation");

    public static TheoryData<string> CoercionCases => Fixtures.Ids("coercion");

    public static TheoryData<string> ExecutionCases => Fixtures.Ids("execution");

    public static TheoryData<string> SubscriptionCases => Fixtures.Ids("subscription");

    public static TheoryData<string> IncrementalCases => Fixtures.Ids("incremental");

    public static TheoryData<string> SchemaCases => Fixtures.Ids("schema");

    public static TheoryData<string> IntrospectionCases => Fixtures.Ids("introspection");

    [Theory]
    [MemberData(nameof(ParseCases))]
    public Task Parse(string id) => AssertConformsAsync("parse", id);

    [Theory]
    [MemberData(nameof(ValidationCases))]
    public Task Validation(string id) => AssertConformsAsync("validation", id);

    [Theory]
    [MemberData(nameof(CoercionCases))]
    public Task Coercion(string id) => AssertConformsAsync("coercion", id);

    [Theory]
    [MemberData(nameof(ExecutionCases))]
    public Task Execution(string id) => AssertConformsAsync("execution", id);

    [Theory]
    [MemberData(nameof(SubscriptionCases))]
    public Task Subscription(string id) => AssertConformsAsync("subscription", id);

    [Theory]
    [MemberData(nameof(IncrementalCases))]
    public Task Incremental(string id) => AssertConformsAsync("incremental", id);

    [Theory]
    [MemberData(nameof(SchemaCases))]
    public Task Schema(string id) => AssertConformsAsync("schema", id);

    [Theory]
    [MemberData(nameof(IntrospectionCases))]
    public Task Introspection(string id) => AssertConformsAsync("introspection", id);

    [Fact]
    public void Every_area_has_cases_and_every_case_an_expectation()
    {
        foreach (var area in Fixtures.AreaNames)
        {
            var cases = Fixtures.Area(area);
            Assert.True(cases.Count > 0, $"{area}.json has no cases.");
            foreach (var (id, testCase) in cases)
            {
                Assert.True(testCase.TryGetProperty("expected", out _), $"{area}/{id} has no expectation.");
            }
        }
    }

    private static async Task AssertConformsAsync(string area, string id)
    {
        var (expected, actual) = await CaseRunner.RunAsync(area, id);
        JsonComparison.AssertEqual(expected, actual, $"{area}/{id}");
    }
}
