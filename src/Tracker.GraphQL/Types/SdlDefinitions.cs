using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>A document's type system definitions and extensions, sorted the way schema building consumes them.</summary>
internal sealed class SdlDefinitions
{
    private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DirectiveExtensionNode>> _directiveExtensions = new(StringComparer.Ordinal);

    public SdlDefinitions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    // As graphql-js: several schema definitions (invalid SDL) leave the last one.
                    SchemaDefinition = schema;
                    break;
                case SchemaExtensionNode extension:
                    SchemaExtensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    DirectiveDefinitions.Add(directive);
                    break;
                case DirectiveExtensionNode directiveExtension:
                    Accumulate(_directiveExtensions, directiveExtension.Name.Value, directiveExtension);
                    break;
                case TypeDefinitionNode type:
                    TypeDefinitions.Add(type);
                    break;
                case TypeExtensionNode typeExtension:
                    Accumulate(_typeExtensions, typeExtension.Name.Value, typeExtension);
                    break;
                default:
                    // Executable definitions take no part in a schema.
                    continue;
            }
            IsEmpty = false;
        }
    }

    /// <summary>True when the document defines and extends nothing of a type system.</summary>
    public bool IsEmpty { get; } = true;

    public SchemaDefinitionNode? SchemaDefinition { get; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    /// <summary>Type definitions in document order.</summary>
    public List<TypeDefinitionNode> TypeDefinitions { get; } = [];

    public List<DirectiveDefinitionNode> DirectiveDefinitions { get; } = [];

    /// <summary>The extensions of one kind (e.g. <see cref="ObjectTypeExtensionNode"/>) of the named type, in document order.</summary>
    public IReadOnlyList<T> ExtensionsOf<T>(string typeName)
        where T : TypeExtensionNode
    {
        if (!_typeExtensions.TryGetValue(typeName, out var all))
        {
            return [];
        }
        var matching = new List<T>(all.Count);
        foreach (var extension in all)
        {
            if (extension is T typed)
            {
                matching.Add(typed);
            }
        }
        return matching;
    }

    public IReadOnlyList<DirectiveExtensionNode> DirectiveExtensionsOf(string directiveName) =>
        _directiveExtensions.TryGetValue(directiveName, out var list) ? list : [];

    private static void Accumulate<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(value);
    }
}
