namespace Tracker.GraphQL.Language;

public sealed class SelectionSetNode : Node
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}
