namespace Tracker.GraphQL.Language;

public sealed class FieldNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key the field's value has in the response: its alias, else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;

}
