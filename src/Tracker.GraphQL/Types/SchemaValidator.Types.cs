using Tracker.GraphQL.Introspection;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Types;

// The rules of each kind of named type: objects and interfaces (spec §3.6, §3.7), unions (§3.8), enums (§3.9)
// and input objects (§3.10).
public static partial class SchemaValidator
{
    private static void ValidateTypes(Context context)
    {
        var cycleValidator = new DefaultValueCycleValidator(context);
        var inputObjects = new List<InputObjectType>();
        foreach (var type in context.Schema.TypeMap.Values)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                ValidateName(context, type.Name, type.AstNode);
            }
            switch (type)
            {
                case FieldsType fieldsType:
                    ValidateFields(context, fieldsType);
                    ValidateInterfaces(context, fieldsType);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(context, inputObject);
                    inputObjects.Add(inputObject);
                    cycleValidator.Validate(inputObject);
                    break;
            }
        }
        DetectNonFiniteInputObjects(context, inputObjects);
    }

    private static IEnumerable<Node?> TypeNodes(NamedType type) => new Node?[] { type.AstNode }.Concat(type.ExtensionAstNodes);

    /// <summary>Spec §3.6 and §3.6.1: at least one field, output-typed fields, input-typed arguments.</summary>
    private static void ValidateFields(Context context, FieldsType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type} must define one or more fields.", TypeNodes(type));
        }
        foreach (var field in type.Fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                context.Report($"The type of {field} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }
            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of {argument} must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }
                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    context.Report($"Required argument {argument} cannot be deprecated.", DeprecatedDirectiveNode(argument.AstNode), argument.AstNode?.Type);
                }
                ValidateDefaultValue(context, argument);
            }
        }
    }

    private static IEnumerable<NamedTypeNode> ImplementsNodes(NamedType type, NamedType @interface)
    {
        var nodes = new List<NamedTypeNode>();
        void From(IReadOnlyList<NamedTypeNode> interfaces) => nodes.AddRange(interfaces.Where(i => i.Name.Value == @interface.Name));
        switch (type.AstNode)
        {
            case ObjectTypeDefinitionNode o:
                From(o.Interfaces);
                break;
            case InterfaceTypeDefinitionNode i:
                From(i.Interfaces);
                break;
        }
        foreach (var extension in type.ExtensionAstNodes)
        {
            switch (extension)
            {
                case ObjectTypeExtensionNode o:
                    From(o.Interfaces);
                    break;
                case InterfaceTypeExtensionNode i:
                    From(i.Interfaces);
                    break;
            }
        }
        return nodes;
    }

    /// <summary>Spec §3.6 and §3.7: only interfaces, each once, never itself; each implemented validly.</summary>
    private static void ValidateInterfaces(Context context, FieldsType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in type.DeclaredInterfaces)
        {
            if (declared is not InterfaceType @interface)
            {
                context.Report($"Type {type} must only implement Interface types, it cannot implement {declared}.", ImplementsNodes(type, declared));
                continue;
            }
            if (ReferenceEquals(type, @interface))
            {
                context.Report($"Type {type} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, @interface));
                continue;
            }
            if (!names.Add(@interface.Name))
            {
                context.Report($"Type {type} can only implement {@interface} once.", ImplementsNodes(type, @interface));
                continue;
            }
            ValidateImplementsAncestors(context, type, @interface);
            ValidateImplementsInterface(context, type, @interface);
        }
    }

    /// <summary>Spec §3.6 IsValidImplementation: every interface field provided with a sub-type and the same arguments.</summary>
    private static void ValidateImplementsInterface(Context context, FieldsType type, InterfaceType @interface)
    {
        foreach (var interfaceField in @interface.Fields.Values)
        {
            var typeField = type.GetField(interfaceField.Name);
            if (typeField is null)
            {
                context.Report(
                    $"Interface field {interfaceField} expected but {type} does not provide it.",
                    new Node?[] { interfaceField.AstNode }.Concat(TypeNodes(type)));
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, interfaceField.Type))
            {
                context.Report(
                    $"Interface field {interfaceField} expects type {interfaceField.Type} but {typeField} is type {typeField.Type}.",
                    interfaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }
            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    context.Report($"Interface field argument {interfaceArgument} expected but {typeField} does not provide it.", interfaceArgument.AstNode, typeField.AstNode);
                    continue;
                }
                if (!interfaceArgument.Type.IsEqualType(typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {interfaceArgument} expects type {interfaceArgument.Type} but {typeArgument} is type {typeArgument.Type}.",
                        interfaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }
            foreach (var typeArgument in typeField.Arguments)
            {
                if (typeArgument.IsRequired && interfaceField.GetArgument(typeArgument.Name) is null)
                {
                    context.Report(
                        $"Argument \"{typeArgument}\" must not be required type \"{typeArgument.Type}\" if not provided by the Interface field \"{interfaceField}\".",
                        typeArgument.AstNode,
                        interfaceField.AstNode);
                }
            }
            if (typeField.DeprecationReason is not null && interfaceField.DeprecationReason is null)
            {
                context.Report(
                    $"Interface field {@interface.Name}.{interfaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                    DeprecatedDirectiveNode(typeField.AstNode),
                    typeField.AstNode?.Type);
            }
        }
    }

    /// <summary>Spec §3.7: an implementation also implements what its interfaces implement, without cycles.</summary>
    private static void ValidateImplementsAncestors(Context context, FieldsType type, InterfaceType @interface)
    {
        foreach (var transitive in @interface.DeclaredInterfaces)
        {
            if (!type.DeclaredInterfaces.Contains(transitive))
            {
                context.Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type} cannot implement {@interface} because it would create a circular reference."
                        : $"Type {type} must implement {transitive} because it is implemented by {@interface}.",
                    ImplementsNodes(@interface, transitive).Concat(ImplementsNodes(type, @interface)));
            }
        }
    }

    private static IEnumerable<NamedTypeNode> UnionMemberNodes(UnionType union, string typeName)
    {
        var nodes = new List<NamedTypeNode>();
        if (union.AstNode is UnionTypeDefinitionNode definition)
        {
            nodes.AddRange(definition.Types.Where(t => t.Name.Value == typeName));
        }
        foreach (var extension in union.ExtensionAstNodes.OfType<UnionTypeExtensionNode>())
        {
            nodes.AddRange(extension.Types.Where(t => t.Name.Value == typeName));
        }
        return nodes;
    }

    /// <summary>Spec §3.8: at least one member, each an object type, each once.</summary>
    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.DeclaredTypes.Count == 0)
        {
            context.Report($"Union type {union} must define one or more member types.", TypeNodes(union));
        }
        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.DeclaredTypes)
        {
            if (!included.Add(member.Name))
            {
                context.Report($"Union type {union} can only include type {member} once.", UnionMemberNodes(union, member.Name));
                continue;
            }
            if (member is not ObjectType)
            {
                context.Report($"Union type {union} can only include Object types, it cannot include {member}.", UnionMemberNodes(union, member.Name));
            }
        }
    }

    /// <summary>Spec §3.9: at least one value.</summary>
    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType} must define one or more values.", TypeNodes(enumType));
        }
        foreach (var value in enumType.Values.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    /// <summary>Spec §3.10: at least one input-typed field; @oneOf fields nullable and without default.</summary>
    private static void ValidateInputFields(Context context, InputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            context.Report($"Input Object type {inputObject} must define one or more fields.", TypeNodes(inputObject));
        }
        foreach (var field in inputObject.Fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                context.Report($"The type of {field} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }
            if (field.IsRequired && field.DeprecationReason is not null)
            {
                context.Report($"Required input field {field} cannot be deprecated.", DeprecatedDirectiveNode(field.AstNode), field.AstNode?.Type);
            }
            ValidateDefaultValue(context, field);
            if (inputObject.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {inputObject}.{field.Name} must be nullable.", field.AstNode?.Type);
                }
                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {inputObject}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }
}
