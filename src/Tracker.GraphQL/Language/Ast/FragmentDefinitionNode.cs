namespace Tracker.GraphQL.Language;

public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
