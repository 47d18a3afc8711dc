namespace Tracker.GraphQL.Server.Binding;

/// <summary>Binds a method or property to the field of this name (default: the member name in camelCase, without "Async").</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
