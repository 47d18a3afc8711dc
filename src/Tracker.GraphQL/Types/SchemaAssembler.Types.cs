using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

// Named types built from their definitions, then extended by the document's extensions.
internal sealed partial class SchemaAssembler
{
    /// <summary>A shell for each type definition, in document order; a built-in name stays the built-in type.</summary>
    private void DefineTypes()
    {
        foreach (var definition in sdl.TypeDefinitions)
        {
            var name = definition.Name.Value;
            _types[name] = StandardType(name) ?? DefineType(definition);
        }
    }

    private void FillTypes()
    {
        foreach (var fill in _fillers)
        {
            fill();
        }
        _fillers.Clear();
    }

    private NamedType DefineType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        switch (definition)
        {
            case ScalarTypeDefinitionNode node:
            {
                var extensions = sdl.ExtensionsOf<ScalarTypeExtensionNode>(name);
                var scalar = new ScalarType(name)
                {
                    Description = description,
                    AstNode = node,
                    ExtensionAstNodes = [.. extensions],
                    SpecifiedByUrl = SpecifiedByUrl(node.Directives),
                };
                ExtendScalar(scalar, extensions);
                return scalar;
            }
            case ObjectTypeDefinitionNode node:
            {
                var extensions = sdl.ExtensionsOf<ObjectTypeExtensionNode>(name);
                var type = new ObjectType(name) { Description = description, AstNode = node, ExtensionAstNodes = [.. extensions] };
                _fillers.Add(() =>
                {
                    AddMembers(type, node.Interfaces, node.Fields);
                    ExtendObject(type, extensions);
                });
                return type;
            }
            case InterfaceTypeDefinitionNode node:
            {
                var extensions = sdl.ExtensionsOf<InterfaceTypeExtensionNode>(name);
                var type = new InterfaceType(name) { Description = description, AstNode = node, ExtensionAstNodes = [.. extensions] };
                _fillers.Add(() =>
                {
                    AddMembers(type, node.Interfaces, node.Fields);
                    ExtendInterface(type, extensions);
                });
                return type;
            }
            case UnionTypeDefinitionNode node:
            {
                var extensions = sdl.ExtensionsOf<UnionTypeExtensionNode>(name);
                var union = new UnionType(name) { Description = description, AstNode = node, ExtensionAstNodes = [.. extensions] };
                _fillers.Add(() =>
                {
                    AddUnionMembers(union, node.Types);
                    ExtendUnion(union, extensions);
                });
                return union;
            }
            case EnumTypeDefinitionNode node:
            {
                var extensions = sdl.ExtensionsOf<EnumTypeExtensionNode>(name);
                var enumType = new EnumType(name) { Description = description, AstNode = node, ExtensionAstNodes = [.. extensions] };
                _fillers.Add(() =>
                {
                    AddEnumValues(enumType, node.Values);
                    ExtendEnum(enumType, extensions);
                });
                return enumType;
            }
            case InputObjectTypeDefinitionNode node:
            {
                var extensions = sdl.ExtensionsOf<InputObjectTypeExtensionNode>(name);
                // As graphql-js, only the definition itself can make an input object @oneOf, not an extension.
                var inputObject = new InputObjectType(name)
                {
                    Description = description,
                    AstNode = node,
                    ExtensionAstNodes = [.. extensions],
                    IsOneOf = IsOneOf(node.Directives),
                };
                _fillers.Add(() =>
                {
                    AddInputFields(inputObject, node.Fields);
                    ExtendInputObject(inputObject, extensions);
                });
                return inputObject;
            }
            default:
                throw new GraphQLError($"Unexpected type definition {definition.Kind}.", definition);
        }
    }

    private IGraphQLType TypeFromAst(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeFromAst(nonNull.Type)),
        ListTypeNode list => new ListType(TypeFromAst(list.Type)),
        NamedTypeNode named => Lookup(named.Name.Value),
        _ => throw new ArgumentException($"Unknown type node {node.Kind}.", nameof(node)),
    };

    private static void ExtendScalar(ScalarType scalar, IReadOnlyList<ScalarTypeExtensionNode> extensions)
    {
        // Each extension's @specifiedBy replaces the one before.
        foreach (var extension in extensions)
        {
            scalar.SpecifiedByUrl = SpecifiedByUrl(extension.Directives) ?? scalar.SpecifiedByUrl;
        }
    }

    private void ExtendObject(ObjectType type, IReadOnlyList<ObjectTypeExtensionNode> extensions)
    {
        foreach (var extension in extensions)
        {
            AddMembers(type, extension.Interfaces, extension.Fields);
        }
    }

    private void ExtendInterface(InterfaceType type, IReadOnlyList<InterfaceTypeExtensionNode> extensions)
    {
        foreach (var extension in extensions)
        {
            AddMembers(type, extension.Interfaces, extension.Fields);
        }
    }

    private void ExtendUnion(UnionType union, IReadOnlyList<UnionTypeExtensionNode> extensions)
    {
        foreach (var extension in extensions)
        {
            AddUnionMembers(union, extension.Types);
        }
    }

    private static void ExtendEnum(EnumType enumType, IReadOnlyList<EnumTypeExtensionNode> extensions)
    {
        foreach (var extension in extensions)
        {
            AddEnumValues(enumType, extension.Values);
        }
    }

    private void ExtendInputObject(InputObjectType inputObject, IReadOnlyList<InputObjectTypeExtensionNode> extensions)
    {
        foreach (var extension in extensions)
        {
            AddInputFields(inputObject, extension.Fields);
        }
    }

    private void AddMembers(FieldsType type, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var @interface in interfaces)
        {
            type.AddInterface(Lookup(@interface.Name.Value));
        }
        foreach (var node in fields)
        {
            // graphql-js reads the type, then the arguments, then the deprecation: errors surface in that order.
            var field = new FieldDefinition(node.Name.Value, TypeFromAst(node.Type))
            {
                Description = node.Description?.Value,
                AstNode = node,
            };
            foreach (var argument in BuildArguments(node.Arguments))
            {
                field.AddArgument(argument);
            }
            field.DeprecationReason = DeprecationReason(node.Directives);
            type.AddField(field);
        }
    }

    private void AddUnionMembers(UnionType union, IReadOnlyList<NamedTypeNode> members)
    {
        foreach (var member in members)
        {
            union.AddType(Lookup(member.Name.Value));
        }
    }

    private static void AddEnumValues(EnumType enumType, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var node in values)
        {
            enumType.AddValue(new EnumValueDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            });
        }
    }

    private void AddInputFields(InputObjectType inputObject, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            inputObject.AddField(BuildInputValue(node, new InputFieldDefinition(node.Name.Value, TypeFromAst(node.Type))));
        }
    }

    /// <summary>Arguments by name: as in graphql-js's argument map, a repeated name (invalid SDL) keeps its first place and the last definition.</summary>
    private List<ArgumentDefinition> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var arguments = new List<ArgumentDefinition>(nodes.Count);
        foreach (var node in nodes)
        {
            var argument = BuildInputValue(node, new ArgumentDefinition(node.Name.Value, TypeFromAst(node.Type)));
            var existing = arguments.FindIndex(a => a.Name == argument.Name);
            if (existing >= 0)
            {
                arguments[existing] = argument;
            }
            else
            {
                arguments.Add(argument);
            }
        }
        return arguments;
    }

    private static T BuildInputValue<T>(InputValueDefinitionNode node, T value)
        where T : InputValueDefinition
    {
        value.Description = node.Description?.Value;
        // The default stays a literal, as written; it is coerced when used (graphql-js 17 { literal }).
        value.DefaultValueLiteral = node.DefaultValue;
        value.DeprecationReason = DeprecationReason(node.Directives);
        value.AstNode = node;
        return value;
    }
}
