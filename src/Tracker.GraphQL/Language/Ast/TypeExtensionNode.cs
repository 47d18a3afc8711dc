namespace Tracker.GraphQL.Language;

/// <summary>An <c>extend scalar|type|interface|union|enum|input</c> definition.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
