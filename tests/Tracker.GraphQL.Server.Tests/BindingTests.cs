using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>Binding is checked completely when the schema is built; every problem is named at once.</summary>
public sealed class BindingTests
{
    private sealed class NoServices : IServiceProviderIsService
    {
        public bool IsService(Type serviceType) => serviceType == typeof(Bookshop);
    }

    public enum Shade
    {
        Light,
        Dark,
    }

    [GraphQLType("Query")]
    public sealed class BrokenQuery
    {
        public string Greeting(string name, int unknownParameter) => name;

        public string NotAField() => "x";

        public string Count() => "not bound";
    }

    public sealed record Widget(string Name);

    public sealed record Gadget(int Key);

    [GraphQLType("Keyed")]
    public sealed class KeyedResolvers
    {
        public static string Key([Parent] Gadget gadget) => $"k{gadget.Key}";
    }

    public sealed class GadgetQuery
    {
        public static Gadget One() => new(1);

        public static Gadget Two() => new(2);
    }

    private static List<string> Problems(string sdl, Action<ResolverRegistrations> register)
    {
        var schema = SchemaBuilder.Build(sdl);
        var registrations = new ResolverRegistrations();
        register(registrations);
        var exception = Assert.Throws<BindingException>(() => SchemaBinder.Bind(schema, registrations, new NoServices()));
        return [.. exception.Problems];
    }

    [Fact]
    public void Every_problem_is_reported_naming_type_field_and_member()
    {
        var problems = Problems(
            """
            type Query { greeting(name: String!, style: String): String count: Int widget: Widget other: Other }
            type Widget { name: String size: Int }
            type Other { x: Int }
            enum Color { LIGHT DARK BLUE }
            scalar Date
            """,
            r =>
            {
                r.Resolvers.Add((typeof(BrokenQuery), "Query"));
                r.RuntimeTypes.Add((typeof(Widget), "Widget"));
                r.Enums.Add((typeof(Shade), "Color"));
                r.Resolvers.Add((typeof(BrokenQuery), "Missing"));
            });

        Assert.Contains("BrokenQuery.Greeting (field Query.greeting): parameter \"unknownParameter\" (Int32) is neither an argument of the field, a registered service, the parent, nor the context.", problems);
        Assert.Contains("BrokenQuery.Greeting (field Query.greeting) has no parameter for argument \"style\".", problems);
        Assert.Contains("BrokenQuery.NotAField resolves no field: \"Query\" has no field \"notAField\".", problems);
        Assert.Contains("Field Widget.size has no resolver, and Widget has no property \"size\".", problems);
        Assert.Contains("Field Other.x has no resolver, and \"Other\" has no runtime type to read it from.", problems);
        Assert.Contains("Field Query.widget has no resolver, and \"Query\" has no runtime type to read it from.", problems);
        Assert.Contains("Enum value Color.BLUE has no member in Shade.", problems);
        Assert.Contains("Resolver class BrokenQuery is attached to \"Missing\", which is not an object type of the schema.", problems);
        Assert.Contains("Scalar \"Date\" has no coercion configured (AddScalar(\"Date\", ...)).", problems);
    }

    [Fact]
    public void A_resolver_class_attached_to_an_interface_resolves_the_field_on_every_type_that_implements_it()
    {
        var schema = SchemaBuilder.Build(
            """
            type Query { one: One two: Two }
            interface Keyed { key: String }
            type One implements Keyed { key: String }
            type Two implements Keyed { key: String }
            """);
        var registrations = new ResolverRegistrations();
        registrations.Resolvers.Add((typeof(KeyedResolvers), "Keyed"));
        registrations.Resolvers.Add((typeof(GadgetQuery), "Query"));
        registrations.RuntimeTypes.Add((typeof(Gadget), "One"));
        registrations.RuntimeTypes.Add((typeof(Gadget), "Two"));

        SchemaBinder.Bind(schema, registrations, new NoServices());

        Assert.NotNull(((ObjectType)schema.GetType("One")!).GetField("key")!.Resolver);
        Assert.NotNull(((ObjectType)schema.GetType("Two")!).GetField("key")!.Resolver);
    }

    [Fact]
    public void The_server_refuses_to_start_with_a_binding_problem()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        Configuration.GraphQLServiceCollectionExtensions.AddGraphQLServer(services)
            .AddSchemaFromString("type Query { a: Int b: Int }")
            .AddResolvers<BrokenQuery>();
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<BindingException>(() => provider.GetRequiredService<GraphQLSchema>());

        Assert.Contains("BrokenQuery.Greeting resolves no field", exception.Message);
        Assert.Contains("Field Query.a has no resolver", exception.Message);
    }
}
