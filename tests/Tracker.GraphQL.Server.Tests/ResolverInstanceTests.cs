using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// A bound resolver class is asked of the execution's services once per execution, however many objects its field
/// resolves for, and never carried into another execution (another request's scope).
/// </summary>
public sealed class ResolverInstanceTests
{
    public sealed record Item(int N);

    [GraphQLType("Query")]
    public sealed class ItemQuery
    {
        public static IReadOnlyList<Item> Items(int count) => [.. Enumerable.Range(1, count).Select(n => new Item(n))];
    }

    /// <summary>Each instance names itself in what it resolves, so the answer shows which instance served each item.</summary>
    [GraphQLType("Item")]
    public sealed class ItemResolvers
    {
        private static int s_made;

        private readonly int _instance = Interlocked.Increment(ref s_made);

        public string Label([Parent] Item item) => $"{_instance}:{item.N}";
    }

    /// <summary>A provider that makes a new resolver instance at every ask, and counts the asks.</summary>
    private sealed class CountingServices : IServiceProvider, IServiceProviderIsService
    {
        public int Asked { get; private set; }

        public object? GetService(Type serviceType)
        {
            if (serviceType != typeof(ItemResolvers))
            {
                return null;
            }
            Asked++;
            return new ItemResolvers();
        }

        public bool IsService(Type serviceType) => serviceType == typeof(ItemResolvers);
    }

    private static GraphQLSchema BoundSchema()
    {
        var schema = SchemaBuilder.Build("type Query { items(count: Int!): [Item!]! } type Item { n: Int! label: String! }");
        var registrations = new ResolverRegistrations();
        registrations.Resolvers.Add((typeof(ItemQuery), "Query"));
        registrations.Resolvers.Add((typeof(ItemResolvers), "Item"));
        registrations.RuntimeTypes.Add((typeof(Item), "Item"));
        SchemaBinder.Bind(schema, registrations, new CountingServices());
        return schema;
    }

    private static async Task<List<string>> LabelsAsync(GraphQLSchema schema, IServiceProvider services, int count)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse($"{{ items(count: {count}) {{ n label }} }}"),
            Services = services,
        });
        Assert.Null(result.Errors);
        var items = (IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)result.Data!)["items"]!;
        return [.. items.Select(item => (string)((IReadOnlyDictionary<string, object?>)item!)["label"]!)];
    }

    [Fact]
    public async Task One_instance_serves_every_item_of_an_execution_and_the_next_execution_asks_again()
    {
        var schema = BoundSchema();
        var first = new CountingServices();
        var second = new CountingServices();

        var firstLabels = await LabelsAsync(schema, first, 100);
        var secondLabels = await LabelsAsync(schema, second, 3);

        Assert.Equal(1, first.Asked);
        Assert.Equal(1, second.Asked);
        var firstInstance = firstLabels[0].Split(':')[0];
        var secondInstance = secondLabels[0].Split(':')[0];
        Assert.Equal([.. Enumerable.Range(1, 100).Select(n => $"{firstInstance}:{n}")], firstLabels);
        Assert.Equal([.. Enumerable.Range(1, 3).Select(n => $"{secondInstance}:{n}")], secondLabels);
        Assert.NotEqual(firstInstance, secondInstance);
    }

    [Fact]
    public async Task The_same_services_in_two_executions_are_asked_in_each()
    {
        var schema = BoundSchema();
        var services = new CountingServices();

        await LabelsAsync(schema, services, 5);
        await LabelsAsync(schema, services, 5);

        Assert.Equal(2, services.Asked);
    }
}
