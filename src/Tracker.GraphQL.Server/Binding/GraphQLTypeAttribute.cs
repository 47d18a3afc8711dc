namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// Attaches a resolver class to the schema type of this name; an interface's name attaches it to every object type
/// that implements the interface.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GraphQLTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
