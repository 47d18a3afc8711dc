using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Benchmarks;

/// <summary>The operations both engines run (see bench/workloads/README.md).</summary>
internal static class Workloads
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workloads", name));

    /// <summary>
    /// Every option but three GraphQL.NET 8.8.5 lacks, so that all three engines run the same query: the deprecation of
    /// directives (experimental in graphql-js 17; GraphQL.NET's parser refuses a directive on a directive definition),
    /// <c>specifiedByURL</c> (not in GraphQL.NET's <c>__Type</c>) and the deprecation of input values (GraphQL.NET's
    /// <c>__Directive.args</c> takes no <c>includeDeprecated</c>).
    /// </summary>
    public static string IntrospectionQuery { get; } = Introspection.IntrospectionQuery.Get(
        IntrospectionQueryOptions.All with { DirectiveDeprecation = false, SpecifiedByUrl = false, InputValueDeprecation = false });

    public static GraphQLSchema IntrospectionSchema { get; } = SchemaBuilder.Build(Read("introspection-schema.graphql"));

    public static string NestedQuery { get; } = Read("nested-query.graphql");

    public static GraphQLSchema NestedSchema { get; } = SchemaBuilder.Build(Read("nested-schema.graphql"));

    /// <summary>100 items of 10 children, as plain CLR objects read by the default resolver.</summary>
    public static object NestedData { get; } = new
    {
        items = Enumerable.Range(0, 100).Select(i => new Item(
            i,
            $"item {i}",
            i * 1.5,
            ["a", "b"],
            Enumerable.Range(0, 10).Select(j => new Child(j, $"child {i}.{j}", j % 2 == 0)).ToArray())).ToArray(),
    };

    public sealed record Item(int Id, string Name, double Price, string[] Tags, Child[] Children);

    public sealed record Child(int Id, string Value, bool Active);
}
