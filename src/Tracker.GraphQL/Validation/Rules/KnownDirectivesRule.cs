using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.1 Directives Are Defined, §5.7.2 Directives Are In Valid Locations.</summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    public override string Name => "KnownDirectives";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var directives = DirectiveTables.For(context);
        visitor.Enter<DirectiveNode>(NodeKind.Directive, node =>
        {
            var name = node.Name.Value;
            if (!directives.TryGetValue(name, out var facts))
            {
                context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", node));
                return;
            }
            var candidate = LocationOf(context.Ancestors);
            if (candidate is not null && !facts.Locations.Contains(candidate))
            {
                context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {candidate}.", node));
            }
        });
    }

    /// <summary>The directive location of the node a directive is applied to (its parent).</summary>
    private static string? LocationOf(IReadOnlyList<Node> ancestors)
    {
        var appliedTo = ancestors[^1];
        return appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => ancestors[^2] is OperationDefinitionNode ? "VARIABLE_DEFINITION" : "FRAGMENT_VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode or DirectiveExtensionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }
}
