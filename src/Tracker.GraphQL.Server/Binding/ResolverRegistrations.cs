namespace Tracker.GraphQL.Server.Binding;

/// <summary>What the application registered for binding; turned into resolvers by <see cref="SchemaBinder"/>.</summary>
public sealed class ResolverRegistrations
{
    /// <summary>Resolver classes and the schema type each serves.</summary>
    public List<(Type ResolverType, string TypeName)> Resolvers { get; } = [];

    /// <summary>CLR types whose instances are values of a schema object type.</summary>
    public List<(Type ClrType, string TypeName)> RuntimeTypes { get; } = [];

    /// <summary>CLR enums and the schema enum each represents.</summary>
    public List<(Type EnumType, string TypeName)> Enums { get; } = [];

    /// <summary>Assemblies whose enums and object classes bind by name (<see cref="ConventionBindings"/>).</summary>
    public List<System.Reflection.Assembly> ConventionAssemblies { get; } = [];

    /// <summary>Custom scalars: coercion set up by the application.</summary>
    public List<(string TypeName, Action<Types.ScalarType> Configure)> Scalars { get; } = [];
}
