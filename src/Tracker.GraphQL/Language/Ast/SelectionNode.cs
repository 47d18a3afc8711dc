namespace Tracker.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public abstract class SelectionNode : Node
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
