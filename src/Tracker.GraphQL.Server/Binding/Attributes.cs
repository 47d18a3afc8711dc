namespace Tracker.GraphQL.Server.Binding;

/// <summary>Attaches a resolver class to the schema type of this name.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GraphQLTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>
/// Values of this class are values of the named object type, where the class's name does not say it (the naming
/// rule of <see cref="ConventionBindings"/> binds <c>XModel</c> or <c>X</c> to the object type <c>X</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class GraphQLObjectAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Binds a method or property to the field of this name (default: the member name in camelCase, without "Async").</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The parameter receives the parent object (the value whose field is resolved).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute
{
}

/// <summary>The parameter receives a service from the request's scope.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute
{
}

/// <summary>The member is not a resolver.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}
