using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

// Extending a schema copies its types (graphql-js mapSchemaConfig): same names, descriptions, AST nodes and
// resolvers, with every type reference pointing at the new schema's types.
internal sealed partial class SchemaAssembler
{
    /// <summary>A copy of a type of the schema being extended, with its resolvers, plus this document's extensions of it.</summary>
    private NamedType CopyType(NamedType original)
    {
        var name = original.Name;
        switch (original)
        {
            case ScalarType scalar:
            {
                var extensions = sdl.ExtensionsOf<ScalarTypeExtensionNode>(name);
                var copy = new ScalarType(name)
                {
                    SpecifiedByUrl = scalar.SpecifiedByUrl,
                    CoerceOutputValue = scalar.CoerceOutputValue,
                    CoerceInputValue = scalar.CoerceInputValue,
                    ValueToLiteral = scalar.ValueToLiteral,
                };
                if (scalar.ExplicitCoerceInputLiteral is { } coerceInputLiteral)
                {
                    copy.CoerceInputLiteral = coerceInputLiteral;
                }
                CopyTypeBasics(original, copy, extensions);
                ExtendScalar(copy, extensions);
                return copy;
            }
            case ObjectType objectType:
            {
                var extensions = sdl.ExtensionsOf<ObjectTypeExtensionNode>(name);
                var copy = new ObjectType(name) { IsTypeOf = objectType.IsTypeOf };
                CopyTypeBasics(original, copy, extensions);
                _fillers.Add(() =>
                {
                    CopyMembers(objectType, copy);
                    ExtendObject(copy, extensions);
                });
                return copy;
            }
            case InterfaceType interfaceType:
            {
                var extensions = sdl.ExtensionsOf<InterfaceTypeExtensionNode>(name);
                var copy = new InterfaceType(name) { ResolveType = interfaceType.ResolveType };
                CopyTypeBasics(original, copy, extensions);
                _fillers.Add(() =>
                {
                    CopyMembers(interfaceType, copy);
                    ExtendInterface(copy, extensions);
                });
                return copy;
            }
            case UnionType union:
            {
                var extensions = sdl.ExtensionsOf<UnionTypeExtensionNode>(name);
                var copy = new UnionType(name) { ResolveType = union.ResolveType };
                CopyTypeBasics(original, copy, extensions);
                _fillers.Add(() =>
                {
                    foreach (var member in union.DeclaredTypes)
                    {
                        copy.AddType(Lookup(member.Name));
                    }
                    ExtendUnion(copy, extensions);
                });
                return copy;
            }
            case EnumType enumType:
            {
                var extensions = sdl.ExtensionsOf<EnumTypeExtensionNode>(name);
                var copy = new EnumType(name);
                CopyTypeBasics(original, copy, extensions);
                _fillers.Add(() =>
                {
                    foreach (var value in enumType.Values.Values)
                    {
                        copy.AddValue(new EnumValueDefinition(value.Name)
                        {
                            Value = value.Value,
                            Description = value.Description,
                            DeprecationReason = value.DeprecationReason,
                            AstNode = value.AstNode,
                        });
                    }
                    ExtendEnum(copy, extensions);
                });
                return copy;
            }
            case InputObjectType inputObject:
            {
                var extensions = sdl.ExtensionsOf<InputObjectTypeExtensionNode>(name);
                var copy = new InputObjectType(name) { IsOneOf = inputObject.IsOneOf };
                CopyTypeBasics(original, copy, extensions);
                _fillers.Add(() =>
                {
                    foreach (var field in inputObject.Fields.Values)
                    {
                        copy.AddField(CopyInputValue(field, new InputFieldDefinition(field.Name, Remap(field.Type))));
                    }
                    ExtendInputObject(copy, extensions);
                });
                return copy;
            }
            default:
                throw new GraphQLError($"Unexpected type: {original.Name}.");
        }
    }

    private static void CopyTypeBasics(NamedType original, NamedType copy, IEnumerable<TypeExtensionNode> extensions)
    {
        copy.Description = original.Description;
        copy.AstNode = original.AstNode;
        copy.ExtensionAstNodes = [.. original.ExtensionAstNodes, .. extensions];
    }

    private void CopyMembers(FieldsType original, FieldsType copy)
    {
        foreach (var @interface in original.DeclaredInterfaces)
        {
            copy.AddInterface(Lookup(@interface.Name));
        }
        foreach (var field in original.Fields.Values)
        {
            var fieldCopy = new FieldDefinition(field.Name, Remap(field.Type))
            {
                Description = field.Description,
                DeprecationReason = field.DeprecationReason,
                AstNode = field.AstNode,
                Resolver = field.Resolver,
                Subscriber = field.Subscriber,
            };
            if (field.SourceResolver is { } read)
            {
                fieldCopy.SetSourceResolver(read);
            }
            foreach (var argument in field.Arguments)
            {
                fieldCopy.AddArgument(CopyArgument(argument));
            }
            copy.AddField(fieldCopy);
        }
    }

    private ArgumentDefinition CopyArgument(ArgumentDefinition argument) =>
        CopyInputValue(argument, new ArgumentDefinition(argument.Name, Remap(argument.Type)));

    private static T CopyInputValue<T>(InputValueDefinition original, T copy)
        where T : InputValueDefinition
    {
        copy.Description = original.Description;
        copy.DeprecationReason = original.DeprecationReason;
        copy.DefaultValueLiteral = original.DefaultValueLiteral;
        copy.DefaultValue = original.DefaultValue;
        copy.HasDefaultValueObject = original.HasDefaultValueObject;
        copy.AstNode = original.AstNode;
        return copy;
    }

    /// <summary>A type reference of the original schema, pointing at this schema's type of the same name.</summary>
    private IGraphQLType Remap(IGraphQLType type) => type switch
    {
        NonNullType nonNull => new NonNullType(Remap(nonNull.OfType)),
        ListType list => new ListType(Remap(list.OfType)),
        NamedType named => Lookup(named.Name),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };
}
