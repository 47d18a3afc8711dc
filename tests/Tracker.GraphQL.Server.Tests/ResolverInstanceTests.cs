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

    public sealed record Box(int N);

    /// <summary>Each item's box arrives after a yield, so that boxes are completed on several threads at once.</summary>
    [GraphQLType("Item")]
    public sealed class ItemBoxes
    {
        public static async Task<Box> Box([Parent] Item item)
        {
            await Task.Yield();
            return new Box(item.N);
        }
    }

    [GraphQLType("Box")]
    public sealed class BoxResolvers
    {
        private static int s_made;

        private readonly int _instance = Interlocked.Increment(ref s_made);

        public string Label([Parent] Box box) => $"{_instance}:{box.N}";
    }

    /// <summary>A provider that makes a new resolver instance at every ask, and counts the asks.</summary>
    private sealed class CountingServices : IServiceProvider, IServiceProviderIsService
    {
        public int Asked { get; private set; }

        public object? GetService(Type serviceType)
        {
            if (serviceType == typeof(BoxResolvers))
            {
                Interlocked.Increment(ref _boxesAsked);
                return new BoxResolvers();
            }
            if (serviceType != typeof(ItemResolvers))
            {
                return null;
            }
            Asked++;
            return new ItemResolvers();
        }

        private int _boxesAsked;

        public int BoxesAsked => Volatile.Read(ref _boxesAsked);

        public bool IsService(Type serviceType) => serviceType == typeof(ItemResolvers) || serviceType == typeof(BoxResolvers);
    }

    private static GraphQLSchema BoundSchema()
    {
        var schema = SchemaBuilder.Build("type Query { items(count: Int!): [Item!]! } type Item { n: Int! label: String! box: Box! } type Box { label: String! }");
        var registrations = new ResolverRegistrations();
        registrations.Resolvers.Add((typeof(ItemQuery), "Query"));
        registrations.Resolvers.Add((typeof(ItemResolvers), "Item"));
        registrations.Resolvers.Add((typeof(ItemBoxes), "Item"));
        registrations.Resolvers.Add((typeof(BoxResolvers), "Box"));
        registrations.RuntimeTypes.Add((typeof(Item), "Item"));
        registrations.RuntimeTypes.Add((typeof(Box), "Box"));
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

    [Fact]
    public async Task Fields_completing_on_several_threads_at_once_share_one_instance()
    {
        var schema = BoundSchema();
        for (var round = 0; round < 20; round++)
        {
            var services = new CountingServices();

            var result = await Executor.ExecuteAsync(new ExecutionArgs
            {
                Schema = schema,
                Document = Parser.Parse("{ items(count: 300) { box { label } } }"),
                Services = services,
            });

            Assert.Null(result.Errors);
            var labels = ((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)result.Data!)["items"]!)
                .Select(item => (string)((IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)item!)["box"]!)["label"]!)
                .ToList();
            var instances = labels.Select(label => label.Split(':')[0]).Distinct().ToList();
            Assert.Single(instances);
            Assert.Equal([.. Enumerable.Range(1, 300).Select(n => $"{instances[0]}:{n}")], labels);
            // Threads running at once may each ask before one keeps the answer (a scope would answer each the same
            // instance), but not every item: asked per item, it would be 300.
            Assert.InRange(services.BoxesAsked, 1, Environment.ProcessorCount * 4);
        }
    }
}
