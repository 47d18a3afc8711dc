using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Subscriptions;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Configuration;

/// <summary>Configures the GraphQL server: where the SDL is, which classes resolve which types, limits.</summary>
public sealed class GraphQLServerBuilder(IServiceCollection services)
{
    internal List<Func<string>> SchemaSources { get; } = [];

    internal ResolverRegistrations Registrations { get; } = new();

    internal List<Action<GraphQLServerOptions>> OptionActions { get; } = [];

    internal List<Func<IEnumerable<string>>> PersistedDocumentSources { get; } = [];

    public IServiceCollection Services { get; } = services;

    /// <summary>
    /// Adds every SDL file of a directory matching a pattern, in name order; a relative directory is relative to the
    /// application's base directory, not the working directory.
    /// </summary>
    public GraphQLServerBuilder AddSchemaFromFiles(string directory, string pattern = "*.graphql")
    {
        SchemaSources.Add(() => string.Join("\n\n", Directory.EnumerateFiles(Resolve(directory), pattern).Order(StringComparer.Ordinal).Select(File.ReadAllText)));
        return this;
    }

    public GraphQLServerBuilder AddSchemaFromString(string sdl)
    {
        SchemaSources.Add(() => sdl);
        return this;
    }

    /// <summary>Attaches a resolver class to the type named by its <see cref="GraphQLTypeAttribute"/> (or by <paramref name="typeName"/>).</summary>
    public GraphQLServerBuilder AddResolvers<TResolvers>(string? typeName = null)
        where TResolvers : class
    {
        var names = typeName is not null
            ? [typeName]
            : typeof(TResolvers).GetCustomAttributes<GraphQLTypeAttribute>().Select(a => a.Name).ToList();
        if (names.Count == 0)
        {
            throw new ArgumentException($"{typeof(TResolvers).Name} needs a [GraphQLType] attribute or a type name.");
        }
        foreach (var name in names)
        {
            Registrations.Resolvers.Add((typeof(TResolvers), name));
        }
        Services.AddScoped<TResolvers>();
        return this;
    }

    /// <summary>
    /// Attaches every class of <paramref name="assembly"/> that carries a <see cref="GraphQLTypeAttribute"/>, as
    /// <see cref="AddResolvers{TResolvers}"/> does one. A resolver class without the attribute is not found; the fields
    /// it was meant to resolve then fail the start-up's completeness check, by name.
    /// </summary>
    public GraphQLServerBuilder AddResolversFromAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && t.IsDefined(typeof(GraphQLTypeAttribute), inherit: false)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            foreach (var attribute in type.GetCustomAttributes<GraphQLTypeAttribute>())
            {
                Registrations.Resolvers.Add((type, attribute.Name));
            }
            Services.AddScoped(type);
        }
        return this;
    }

    /// <summary>
    /// Binds the schema's enums and object types to the enums and classes of these assemblies by name
    /// (<see cref="ConventionBindings"/>), when the schema is built; what is bound by hand stays as bound.
    /// </summary>
    public GraphQLServerBuilder BindTypesFromAssemblies(params Assembly[] assemblies)
    {
        Registrations.ConventionAssemblies.AddRange(assemblies);
        return this;
    }

    /// <summary>Declares that instances of <typeparamref name="T"/> are values of an object type (named like the class by default).</summary>
    public GraphQLServerBuilder BindRuntimeType<T>(string? typeName = null)
    {
        Registrations.RuntimeTypes.Add((typeof(T), typeName ?? typeof(T).Name));
        return this;
    }

    /// <summary>Maps a CLR enum onto a schema enum, value by value (REFUSED_TO_JOIN is RefusedToJoin).</summary>
    public GraphQLServerBuilder BindEnum<TEnum>(string? typeName = null)
        where TEnum : struct, Enum
    {
        Registrations.Enums.Add((typeof(TEnum), typeName ?? typeof(TEnum).Name));
        return this;
    }

    /// <summary>Sets up the coercion of a custom scalar the SDL declares.</summary>
    public GraphQLServerBuilder AddScalar(string name, Action<ScalarType> configure)
    {
        Registrations.Scalars.Add((name, configure));
        return this;
    }

    /// <summary>Registers a DataLoader for each request.</summary>
    public GraphQLServerBuilder AddDataLoader<TLoader>()
        where TLoader : class
    {
        Services.AddScoped<TLoader>();
        return this;
    }

    /// <summary>
    /// Preloads persisted documents into the in-memory store: known by the SHA-256 of their text from the start,
    /// never evicted, so clients send only the hash (by GET, which HTTP caches can hold). Read when the store is
    /// first used.
    /// </summary>
    public GraphQLServerBuilder AddPersistedDocuments(Func<IEnumerable<string>> documents)
    {
        PersistedDocumentSources.Add(documents);
        return this;
    }

    /// <summary>Adds a check every WebSocket connection must pass at <c>connection_init</c> (see <see cref="IConnectionInitGuard"/>).</summary>
    public GraphQLServerBuilder AddConnectionInitGuard<TGuard>()
        where TGuard : class, IConnectionInitGuard
    {
        Services.AddScoped<IConnectionInitGuard, TGuard>();
        return this;
    }

    /// <summary>Adds a check every operation must pass before anything executes (see <see cref="IOperationGuard"/>).</summary>
    public GraphQLServerBuilder AddOperationGuard<TGuard>()
        where TGuard : class, IOperationGuard
    {
        Services.AddScoped<IOperationGuard, TGuard>();
        return this;
    }

    public GraphQLServerBuilder ModifyOptions(Action<GraphQLServerOptions> configure)
    {
        OptionActions.Add(configure);
        return this;
    }

    private static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
