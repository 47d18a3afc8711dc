namespace Tracker.GraphQL.Language;

public sealed class EnumValueDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
