using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Tests.Convention;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Registration by convention (resolver classes by <c>[GraphQLType]</c>, enums and object types by name), with the
/// start-up completeness check as its safety net: what the convention misses is named, never silently null.
/// </summary>
public sealed class ConventionBindingTests
{
    private const string Sdl = """
        schema { query: ConventionRoot }
        type ConventionRoot { gadget: ConventionGadget page: ConventionGadgetConventionPage }
        type ConventionGadget { name: String shade: ConventionShade }
        type ConventionGadgetConventionPage { items: [ConventionGadget] }
        enum ConventionShade { LIGHT DARK }
        """;

    private sealed class NoServices : IServiceProviderIsService
    {
        public bool IsService(Type serviceType) => false;
    }

    private static ResolverRegistrations Registrations()
    {
        var registrations = new ResolverRegistrations();
        registrations.Resolvers.Add((typeof(ConventionQuery), "ConventionRoot"));
        registrations.ConventionAssemblies.Add(typeof(ConventionQuery).Assembly);
        return registrations;
    }

    [Fact]
    public void Enums_object_types_and_generic_wrappers_bind_by_name()
    {
        var schema = SchemaBuilder.Build(Sdl);
        var registrations = Registrations();

        SchemaBinder.Bind(schema, registrations, new NoServices());

        Assert.Contains((typeof(ConventionGadgetModel), "ConventionGadget"), registrations.RuntimeTypes);
        Assert.Contains((typeof(ConventionPage<ConventionGadgetModel>), "ConventionGadgetConventionPage"), registrations.RuntimeTypes);
        Assert.Contains((typeof(ConventionShade), "ConventionShade"), registrations.Enums);
        Assert.Equal(ConventionShade.Dark, ((EnumType)schema.GetType("ConventionShade")!).Values["DARK"].Value);
    }

    [Fact]
    public void A_schema_type_nothing_binds_fails_start_up_naming_its_fields()
    {
        var schema = SchemaBuilder.Build(Sdl + "\nextend type ConventionRoot { orphan: ConventionOrphan }\ntype ConventionOrphan { x: Int }");

        var exception = Assert.Throws<BindingException>(() => SchemaBinder.Bind(schema, Registrations(), new NoServices()));

        Assert.Contains("Field ConventionOrphan.x has no resolver, and \"ConventionOrphan\" has no runtime type to read it from.", exception.Problems);
        Assert.Contains("Field ConventionRoot.orphan has no resolver, and \"ConventionRoot\" has no runtime type to read it from.", exception.Problems);
    }

    [Fact]
    public void The_assembly_scan_attaches_marked_resolver_classes_only_and_an_unmarked_one_fails_start_up()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var builder = services.AddGraphQLServer().AddSchemaFromString(Sdl).AddResolversFromAssembly(typeof(ConventionQuery).Assembly);

        Assert.Contains(builder.Services, d => d.ServiceType == typeof(ConventionQuery));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(ConventionUnmarkedQuery));

        // The unmarked class is what a forgotten attribute looks like: its type's fields resolve nothing, by name.
        var registrations = new ResolverRegistrations();
        registrations.ConventionAssemblies.Add(typeof(ConventionQuery).Assembly);
        var exception = Assert.Throws<BindingException>(() => SchemaBinder.Bind(SchemaBuilder.Build(Sdl), registrations, new NoServices()));
        Assert.Contains("Field ConventionRoot.gadget has no resolver, and \"ConventionRoot\" has no runtime type to read it from.", exception.Problems);
    }
}
