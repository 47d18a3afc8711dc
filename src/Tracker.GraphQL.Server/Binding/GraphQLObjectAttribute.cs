namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// Values of this class are values of the named object type, where the class's name does not say it (the naming
/// rule of <see cref="ConventionBindings"/> binds <c>XModel</c> or <c>X</c> to the object type <c>X</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class GraphQLObjectAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
