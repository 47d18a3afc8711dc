namespace Tracker.GraphQL.Language;

/// <summary><c>extend directive @name @applied</c>: graphql-js 17's directives-on-directives extension.</summary>
public sealed class DirectiveExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.DirectiveExtension;

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
