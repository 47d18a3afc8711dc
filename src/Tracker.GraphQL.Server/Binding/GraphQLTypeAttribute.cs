namespace Tracker.GraphQL.Server.Binding;

/// <summary>Attaches a resolver class to the schema type of this name.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GraphQLTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
