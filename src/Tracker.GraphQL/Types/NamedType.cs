using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : IGraphQLType
{
    protected NamedType(string name) => Name = name;

    public string Name { get; }

    public string? Description { get; set; }

    /// <summary>The definition the type was built from, when built from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>The <c>extend</c> definitions applied to it.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <summary>The kind as introspection names it (<c>__TypeKind</c>).</summary>
    public abstract TypeKind Kind { get; }

    public override string ToString() => Name;
}
