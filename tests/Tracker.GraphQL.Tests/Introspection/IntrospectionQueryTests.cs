using Tracker.GraphQL.Introspection;

namespace Tracker.GraphQL.Tests.Introspection;

public sealed class IntrospectionQueryTests
{
    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Introspection", "Samples", name));

    [Fact]
    public void Default_query_is_graphql_js_text()
    {
        Assert.Equal(Sample("introspection-query-default.graphql"), IntrospectionQuery.Get());
    }

    [Fact]
    public void Query_with_every_option_is_graphql_js_text()
    {
        Assert.Equal(Sample("introspection-query-all.graphql"), IntrospectionQuery.Get(IntrospectionQueryOptions.All));
    }
}
