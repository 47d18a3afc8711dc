namespace Tracker.GraphQL.Language;

public sealed class DirectiveNode : Node
{
    public override NodeKind Kind => NodeKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
