using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>
/// One schema build or extension from one SDL document (graphql-js extendSchemaImpl). Types are created
/// first as empty shells so that definitions may refer to each other in any order, then filled.
/// </summary>
internal sealed partial class SchemaAssembler(SdlDefinitions sdl)
{
    private static readonly OperationType[] Operations = [OperationType.Query, OperationType.Mutation, OperationType.Subscription];

    /// <summary>Every named type of the result by name, in the order graphql-js lists them to the schema.</summary>
    private readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);

    /// <summary>Work that needs every shell to exist: fields, arguments, interfaces, members, values.</summary>
    private readonly List<Action> _fillers = [];

    /// <summary>graphql-js buildASTSchema.</summary>
    public GraphQLSchema Build()
    {
        DefineTypes();
        FillTypes();
        var roots = new Dictionary<OperationType, NamedType>();
        ApplyOperationTypes(roots);
        if (sdl.SchemaDefinition is null)
        {
            // Without a schema definition the roots are the types with the default names (spec §3.3.1),
            // whatever their kind: schema validation reports one that is not an object type.
            foreach (var type in _types.Values)
            {
                switch (type.Name)
                {
                    case "Query":
                        roots[OperationType.Query] = type;
                        break;
                    case "Mutation":
                        roots[OperationType.Mutation] = type;
                        break;
                    case "Subscription":
                        roots[OperationType.Subscription] = type;
                        break;
                }
            }
        }
        var directives = new List<DirectiveDefinition>();
        foreach (var definition in sdl.DirectiveDefinitions)
        {
            directives.Add(BuildDirective(definition));
        }
        // The specified directives are always there, unless the document redefines one by name.
        foreach (var specified in SpecifiedDirectives.All)
        {
            if (!directives.Exists(d => d.Name == specified.Name))
            {
                directives.Add(specified);
            }
        }
        return CreateSchema(roots, directives, sdl.SchemaDefinition?.Description?.Value, sdl.SchemaDefinition, sdl.SchemaExtensions);
    }

    /// <summary>graphql-js extendSchema: every type of <paramref name="schema"/> is copied, extended and joined by the new ones.</summary>
    public GraphQLSchema Extend(GraphQLSchema schema)
    {
        foreach (var type in schema.TypeMap.Values)
        {
            _types[type.Name] = IsStandardType(type) ? type : CopyType(type);
        }
        DefineTypes();
        FillTypes();
        var roots = new Dictionary<OperationType, NamedType>();
        foreach (var operation in Operations)
        {
            if (schema.DeclaredRootType(operation) is { } root)
            {
                roots[operation] = Lookup(root.Name);
            }
        }
        ApplyOperationTypes(roots);
        var directives = new List<DirectiveDefinition>();
        foreach (var directive in schema.Directives)
        {
            var mapped = SpecifiedDirectives.IsSpecifiedDirective(directive) ? directive : CopyDirective(directive);
            directives.Add(ExtendDirective(mapped));
        }
        foreach (var definition in sdl.DirectiveDefinitions)
        {
            directives.Add(BuildDirective(definition));
        }
        return CreateSchema(
            roots,
            directives,
            sdl.SchemaDefinition?.Description?.Value ?? schema.Description,
            sdl.SchemaDefinition ?? schema.AstNode,
            [.. schema.ExtensionAstNodes, .. sdl.SchemaExtensions]);
    }

    private GraphQLSchema CreateSchema(
        Dictionary<OperationType, NamedType> roots,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description,
        SchemaDefinitionNode? astNode,
        IReadOnlyList<SchemaExtensionNode> extensionAstNodes)
    {
        var invalidRoots = new Dictionary<OperationType, NamedType>();
        foreach (var (operation, type) in roots)
        {
            if (type is not ObjectType)
            {
                invalidRoots[operation] = type;
            }
        }
        return new GraphQLSchema(new SchemaConfig
        {
            Query = roots.GetValueOrDefault(OperationType.Query) as ObjectType,
            Mutation = roots.GetValueOrDefault(OperationType.Mutation) as ObjectType,
            Subscription = roots.GetValueOrDefault(OperationType.Subscription) as ObjectType,
            InvalidRootTypes = invalidRoots,
            Types = [.. _types.Values],
            Directives = directives,
            Description = description,
            AstNode = astNode,
            ExtensionAstNodes = extensionAstNodes,
        });
    }

    /// <summary>Root operation types named by the schema definition, then by each schema extension.</summary>
    private void ApplyOperationTypes(Dictionary<OperationType, NamedType> roots)
    {
        if (sdl.SchemaDefinition is { } definition)
        {
            foreach (var operationType in definition.OperationTypes)
            {
                roots[operationType.Operation] = Lookup(operationType.Type.Name.Value);
            }
        }
        foreach (var extension in sdl.SchemaExtensions)
        {
            foreach (var operationType in extension.OperationTypes)
            {
                roots[operationType.Operation] = Lookup(operationType.Type.Name.Value);
            }
        }
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var name = node.Name.Value;
        var extensions = sdl.DirectiveExtensionsOf(name);
        var deprecationReason = DeprecationReason(node.Directives) ?? ExtensionDeprecationReason(extensions);
        var locations = new List<DirectiveLocation>(node.Locations.Count);
        foreach (var locationNode in node.Locations)
        {
            locations.Add(DirectiveLocationNames.TryParse(locationNode.Value, out var location)
                ? location
                : throw new GraphQLError($"Unknown directive location \"{locationNode.Value}\".", locationNode));
        }
        var directive = new DirectiveDefinition(name)
        {
            Description = node.Description?.Value,
            Locations = locations,
            IsRepeatable = node.Repeatable,
            DeprecationReason = deprecationReason,
            AstNode = node,
            ExtensionAstNodes = extensions,
        };
        foreach (var argument in BuildArguments(node.Arguments))
        {
            directive.AddArgument(argument);
        }
        return directive;
    }

    private DirectiveDefinition CopyDirective(DirectiveDefinition original)
    {
        var copy = new DirectiveDefinition(original.Name)
        {
            Description = original.Description,
            Locations = original.Locations,
            IsRepeatable = original.IsRepeatable,
            DeprecationReason = original.DeprecationReason,
            AstNode = original.AstNode,
            ExtensionAstNodes = original.ExtensionAstNodes,
            IsSpecified = original.IsSpecified,
        };
        foreach (var argument in original.Arguments)
        {
            copy.AddArgument(CopyArgument(argument));
        }
        return copy;
    }

    /// <summary><c>extend directive @name @deprecated</c>: a directive may only gain a deprecation.</summary>
    private DirectiveDefinition ExtendDirective(DirectiveDefinition directive)
    {
        var extensions = sdl.DirectiveExtensionsOf(directive.Name);
        if (extensions.Count == 0)
        {
            return directive;
        }
        var extended = CopyDirective(directive);
        extended.DeprecationReason = directive.DeprecationReason ?? ExtensionDeprecationReason(extensions);
        extended.ExtensionAstNodes = [.. directive.ExtensionAstNodes, .. extensions];
        return extended;
    }

    private static string? ExtensionDeprecationReason(IReadOnlyList<DirectiveExtensionNode> extensions)
    {
        foreach (var extension in extensions)
        {
            if (DeprecationReason(extension.Directives) is { } reason)
            {
                return reason;
            }
        }
        return null;
    }

    private static bool IsStandardType(NamedType type) =>
        SpecifiedScalars.IsSpecifiedScalar(type) || IntrospectionTypes.IsIntrospectionType(type);

    private static NamedType? StandardType(string name) =>
        (NamedType?)SpecifiedScalars.ByName(name) ?? IntrospectionTypes.ByName(name);

    /// <summary>The type a name refers to: a built-in one, else one of this schema's.</summary>
    private NamedType Lookup(string name) =>
        StandardType(name)
        ?? _types.GetValueOrDefault(name)
        ?? throw new GraphQLError($"Unknown type: \"{name}\".");

    /// <summary>The reason of an applied <c>@deprecated</c> (its default when none is written), or null.</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        Values.GetDirectiveValues(SpecifiedDirectives.Deprecated, directives, null)?.GetValueOrDefault("reason") as string;

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        Values.GetDirectiveValues(SpecifiedDirectives.SpecifiedBy, directives, null)?.GetValueOrDefault("url") as string;

    private static bool IsOneOf(IReadOnlyList<DirectiveNode> directives) =>
        Values.GetDirectiveValues(SpecifiedDirectives.OneOf, directives, null) is not null;
}
