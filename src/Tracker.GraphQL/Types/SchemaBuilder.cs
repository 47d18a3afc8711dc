using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Types;

/// <summary>
/// Builds a schema from SDL (graphql-js buildASTSchema), applying the document's own <c>extend</c>
/// definitions. The result has no resolvers: hosts bind them afterwards.
/// </summary>
public static class SchemaBuilder
{
    /// <summary>Builds a schema from SDL text. Throws a <see cref="SchemaBuildException"/> listing every SDL error.</summary>
    public static GraphQLSchema Build(string sdl, SchemaBuildOptions? options = null) =>
        Build(Parser.Parse(new Source(sdl, "schema")), options);

    /// <summary>Builds a schema from a parsed SDL document.</summary>
    public static GraphQLSchema Build(DocumentNode document, SchemaBuildOptions? options = null)
    {
        if (options?.AssumeValidSdl != true)
        {
            var errors = DocumentValidator.ValidateSdl(document);
            if (errors.Count > 0)
            {
                throw new SchemaBuildException(errors);
            }
        }
        return new SdlSchemaAssembler(document).Assemble();
    }
}

public sealed record SchemaBuildOptions
{
    /// <summary>Skip SDL validation (graphql-js assumeValidSDL).</summary>
    public bool AssumeValidSdl { get; init; }
}

/// <summary>The SDL could not be turned into a schema; <see cref="Errors"/> says why, each with its location.</summary>
public sealed class SchemaBuildException(IReadOnlyList<GraphQLError> errors)
    : Exception(string.Join("\n\n", errors.Select(e => e.Message)))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}

/// <summary>One build of a schema from one SDL document.</summary>
internal sealed class SdlSchemaAssembler(DocumentNode document)
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<TypeDefinitionNode> _typeDefinitions = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DirectiveExtensionNode>> _directiveExtensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private SchemaDefinitionNode? _schemaDefinition;

    public GraphQLSchema Assemble()
    {
        Collect();
        var types = new List<NamedType>();
        foreach (var definition in _typeDefinitions)
        {
            var type = StandardType(definition.Name.Value) ?? CreateShell(definition);
            _types[type.Name] = type;
            types.Add(type);
        }
        foreach (var definition in _typeDefinitions)
        {
            if (StandardType(definition.Name.Value) is null)
            {
                Populate(_types[definition.Name.Value], definition);
            }
        }
        var directives = _directiveDefinitions.Select(BuildDirective).ToList();
        foreach (var specified in SpecifiedDirectives.All)
        {
            if (directives.All(d => d.Name != specified.Name))
            {
                directives.Add(specified);
            }
        }
        var invalidRoots = new Dictionary<OperationType, NamedType>();
        var roots = RootTypes(invalidRoots);
        return new GraphQLSchema(new SchemaConfig
        {
            Query = roots.GetValueOrDefault(OperationType.Query),
            Mutation = roots.GetValueOrDefault(OperationType.Mutation),
            Subscription = roots.GetValueOrDefault(OperationType.Subscription),
            Types = types,
            Directives = directives,
            Description = _schemaDefinition?.Description?.Value,
            AstNode = _schemaDefinition,
            ExtensionAstNodes = _schemaExtensions,
            InvalidRootTypes = invalidRoots,
        });
    }

    private static NamedType? StandardType(string name) =>
        (NamedType?)SpecifiedScalars.ByName(name) ?? IntrospectionTypes.ByName(name);

    private void Collect()
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    _schemaDefinition = schema;
                    break;
                case SchemaExtensionNode extension:
                    _schemaExtensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    _directiveDefinitions.Add(directive);
                    break;
                case DirectiveExtensionNode directiveExtension:
                    Add(_directiveExtensions, directiveExtension.Name.Value, directiveExtension);
                    break;
                case TypeDefinitionNode type:
                    _typeDefinitions.Add(type);
                    break;
                case TypeExtensionNode typeExtension:
                    Add(_typeExtensions, typeExtension.Name.Value, typeExtension);
                    break;
            }
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(value);
    }

    private IReadOnlyList<TypeExtensionNode> ExtensionsOf(string name) =>
        _typeExtensions.TryGetValue(name, out var list) ? list : [];

    private NamedType CreateShell(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode => new ScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            InputObjectTypeDefinitionNode => new InputObjectType(name),
            _ => throw new InvalidOperationException($"Unknown definition {definition.Kind}."),
        };
        type.Description = definition.Description?.Value;
        type.AstNode = definition;
        type.ExtensionAstNodes = ExtensionsOf(name);
        return type;
    }

    private void Populate(NamedType type, TypeDefinitionNode definition)
    {
        var extensions = ExtensionsOf(type.Name);
        switch (type)
        {
            case ScalarType scalar:
                scalar.SpecifiedByUrl = SpecifiedByUrl(definition.Directives);
                foreach (var extension in extensions)
                {
                    scalar.SpecifiedByUrl = SpecifiedByUrl(extension.Directives) ?? scalar.SpecifiedByUrl;
                }
                break;
            case FieldsType fieldsType:
                var fieldNodes = definition is ObjectTypeDefinitionNode o ? o.Fields : ((InterfaceTypeDefinitionNode)definition).Fields;
                var interfaceNodes = definition is ObjectTypeDefinitionNode oi ? oi.Interfaces : ((InterfaceTypeDefinitionNode)definition).Interfaces;
                foreach (var node in interfaceNodes.Concat(extensions.SelectMany(InterfacesOf)))
                {
                    fieldsType.AddInterface(NamedTypeFromAst(node));
                }
                foreach (var node in fieldNodes.Concat(extensions.SelectMany(FieldsOf)))
                {
                    fieldsType.AddField(BuildField(node));
                }
                break;
            case UnionType union:
                foreach (var node in ((UnionTypeDefinitionNode)definition).Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)))
                {
                    union.AddType(NamedTypeFromAst(node));
                }
                break;
            case EnumType enumType:
                foreach (var node in ((EnumTypeDefinitionNode)definition).Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values)))
                {
                    enumType.AddValue(new EnumValueDefinition(node.Name.Value)
                    {
                        Description = node.Description?.Value,
                        DeprecationReason = DeprecationReason(node.Directives),
                        AstNode = node,
                    });
                }
                break;
            case InputObjectType inputObject:
                inputObject.IsOneOf = definition.Directives.Any(d => d.Name.Value == SpecifiedDirectives.OneOf.Name);
                foreach (var node in ((InputObjectTypeDefinitionNode)definition).Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)))
                {
                    var field = new InputFieldDefinition(node.Name.Value, TypeFromAst(node.Type));
                    ConfigureInputValue(field, node);
                    inputObject.AddField(field);
                }
                break;
        }
    }

    private static IEnumerable<NamedTypeNode> InterfacesOf(TypeExtensionNode extension) => extension switch
    {
        ObjectTypeExtensionNode o => o.Interfaces,
        InterfaceTypeExtensionNode i => i.Interfaces,
        _ => [],
    };

    private static IEnumerable<FieldDefinitionNode> FieldsOf(TypeExtensionNode extension) => extension switch
    {
        ObjectTypeExtensionNode o => o.Fields,
        InterfaceTypeExtensionNode i => i.Fields,
        _ => [],
    };

    private FieldDefinition BuildField(FieldDefinitionNode node)
    {
        var field = new FieldDefinition(node.Name.Value, TypeFromAst(node.Type))
        {
            Description = node.Description?.Value,
            DeprecationReason = DeprecationReason(node.Directives),
            AstNode = node,
        };
        foreach (var argumentNode in node.Arguments)
        {
            var argument = new ArgumentDefinition(argumentNode.Name.Value, TypeFromAst(argumentNode.Type));
            ConfigureInputValue(argument, argumentNode);
            field.AddArgument(argument);
        }
        return field;
    }

    private static void ConfigureInputValue(InputValueDefinition value, InputValueDefinitionNode node)
    {
        value.Description = node.Description?.Value;
        value.DefaultValueLiteral = node.DefaultValue;
        value.DeprecationReason = DeprecationReason(node.Directives);
        value.AstNode = node;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var extensions = _directiveExtensions.TryGetValue(node.Name.Value, out var list) ? list : [];
        var directive = new DirectiveDefinition(node.Name.Value)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            Locations = node.Locations.Select(l => DirectiveLocationNames.TryParse(l.Value, out var location)
                ? location
                : throw new InvalidOperationException($"Unknown directive location \"{l.Value}\".")).ToList(),
            DeprecationReason = DeprecationReason(node.Directives) ?? extensions.Select(e => DeprecationReason(e.Directives)).FirstOrDefault(r => r is not null),
            AstNode = node,
        };
        foreach (var argumentNode in node.Arguments)
        {
            var argument = new ArgumentDefinition(argumentNode.Name.Value, TypeFromAst(argumentNode.Type));
            ConfigureInputValue(argument, argumentNode);
            directive.AddArgument(argument);
        }
        return directive;
    }

    private Dictionary<OperationType, ObjectType> RootTypes(Dictionary<OperationType, NamedType> invalidRoots)
    {
        var roots = new Dictionary<OperationType, ObjectType>();
        if (_schemaDefinition is null)
        {
            // Without a schema definition the roots are the types with the default names (spec §3.3.1).
            foreach (var (operation, name) in new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") })
            {
                if (_types.GetValueOrDefault(name) is ObjectType root)
                {
                    roots[operation] = root;
                }
            }
        }
        var operationTypes = (_schemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes));
        foreach (var operationType in operationTypes)
        {
            var type = NamedTypeFromAst(operationType.Type);
            if (type is ObjectType root)
            {
                roots[operationType.Operation] = root;
                invalidRoots.Remove(operationType.Operation);
            }
            else
            {
                roots.Remove(operationType.Operation);
                invalidRoots[operationType.Operation] = type;
            }
        }
        return roots;
    }

    private NamedType NamedTypeFromAst(NamedTypeNode node)
    {
        var name = node.Name.Value;
        return _types.GetValueOrDefault(name) ?? StandardType(name)
            ?? throw new SchemaBuildException([new GraphQLError($"Unknown type: \"{name}\".", node)]);
    }

    private IGraphQLType TypeFromAst(TypeNode node) => node switch
    {
        ListTypeNode list => new ListType(TypeFromAst(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(TypeFromAst(nonNull.Type)),
        _ => NamedTypeFromAst((NamedTypeNode)node),
    };

    /// <summary>
    /// The reason of an applied <c>@deprecated</c>, with the directive's default when none is given. The
    /// arguments are coerced as graphql-js coerces them (getDirectiveValues), so an invalid value such as
    /// <c>reason: 1</c> or <c>reason: null</c> fails the build with its "has invalid value" error.
    /// </summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        Values.GetDirectiveValues(SpecifiedDirectives.Deprecated, directives, null) is { } values
            ? values.GetValueOrDefault("reason") as string ?? SpecifiedDirectives.DefaultDeprecationReason
            : null;

    /// <summary>The url of an applied <c>@specifiedBy</c>, coerced like <see cref="DeprecationReason"/>.</summary>
    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        Values.GetDirectiveValues(SpecifiedDirectives.SpecifiedBy, directives, null)?.GetValueOrDefault("url") as string;
}
