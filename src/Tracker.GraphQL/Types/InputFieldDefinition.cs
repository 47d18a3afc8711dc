namespace Tracker.GraphQL.Types;

public sealed class InputFieldDefinition(string name, IGraphQLType type) : InputValueDefinition(name, type)
{
    public InputObjectType ParentType { get; internal set; } = null!;

    public override string Coordinate => $"{ParentType?.Name}.{Name}";
}
