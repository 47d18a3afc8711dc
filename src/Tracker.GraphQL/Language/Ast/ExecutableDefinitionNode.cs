namespace Tracker.GraphQL.Language;

/// <summary>Operations and fragments: what a request may contain.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}
