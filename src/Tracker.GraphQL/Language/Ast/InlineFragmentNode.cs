namespace Tracker.GraphQL.Language;

public sealed class InlineFragmentNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
