namespace Tracker.GraphQL.Language;

public sealed class FragmentSpreadNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public required NameNode Name { get; init; }
}
