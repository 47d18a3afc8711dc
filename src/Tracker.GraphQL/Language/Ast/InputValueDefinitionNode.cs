namespace Tracker.GraphQL.Language;

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
