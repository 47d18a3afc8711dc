using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>SDL: an extension extends a defined type of the same kind (spec §3.4.3).</summary>
internal sealed class PossibleTypeExtensionsRule : ValidationRule
{
    public override string Name => "PossibleTypeExtensions";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var defined = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in context.Document.Definitions.OfType<TypeDefinitionNode>())
        {
            defined[definition.Name.Value] = definition;
        }

        void Check(TypeExtensionNode node)
        {
            var typeName = node.Name.Value;
            var definition = defined.GetValueOrDefault(typeName);
            var existing = context.Schema?.GetType(typeName);
            NodeKind? expected = definition is not null ? ExtensionKindOf(definition.Kind) : existing is not null ? ExtensionKindOf(existing) : null;
            if (expected is not null)
            {
                if (expected != node.Kind)
                {
                    context.ReportError(new GraphQLError(
                        $"Cannot extend non-{KindName(node.Kind)} type \"{typeName}\".",
                        definition is not null ? [definition, node] : [node]));
                }
                return;
            }
            var allNames = defined.Keys.Concat(context.Schema?.TypeMap.Keys ?? []);
            context.ReportError(new GraphQLError(
                $"Cannot extend type \"{typeName}\" because it is not defined." + MessageFormatting.DidYouMean(SuggestionList.For(typeName, allNames)),
                node.Name));
        }

        foreach (var kind in new[] { NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension })
        {
            visitor.Enter<TypeExtensionNode>(kind, Check);
        }
    }

    private static NodeKind ExtensionKindOf(NodeKind definitionKind) => definitionKind switch
    {
        NodeKind.ScalarTypeDefinition => NodeKind.ScalarTypeExtension,
        NodeKind.ObjectTypeDefinition => NodeKind.ObjectTypeExtension,
        NodeKind.InterfaceTypeDefinition => NodeKind.InterfaceTypeExtension,
        NodeKind.UnionTypeDefinition => NodeKind.UnionTypeExtension,
        NodeKind.EnumTypeDefinition => NodeKind.EnumTypeExtension,
        _ => NodeKind.InputObjectTypeExtension,
    };

    private static NodeKind ExtensionKindOf(NamedType type) => type switch
    {
        ScalarType => NodeKind.ScalarTypeExtension,
        ObjectType => NodeKind.ObjectTypeExtension,
        InterfaceType => NodeKind.InterfaceTypeExtension,
        UnionType => NodeKind.UnionTypeExtension,
        EnumType => NodeKind.EnumTypeExtension,
        _ => NodeKind.InputObjectTypeExtension,
    };

    private static string KindName(NodeKind extensionKind) => extensionKind switch
    {
        NodeKind.ScalarTypeExtension => "scalar",
        NodeKind.ObjectTypeExtension => "object",
        NodeKind.InterfaceTypeExtension => "interface",
        NodeKind.UnionTypeExtension => "union",
        NodeKind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
