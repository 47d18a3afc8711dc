using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.3 Directives Are Unique Per Location (unless repeatable).</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override string Name => "UniqueDirectivesPerLocation";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var known = DirectiveTables.For(context);
        // Type-system definitions and their extensions share one location per schema, type or directive.
        Dictionary<string, DirectiveNode>? schemaDirectives = null;
        Dictionary<string, Dictionary<string, DirectiveNode>>? typeDirectives = null;
        Dictionary<string, Dictionary<string, DirectiveNode>>? directiveDirectives = null;

        void Check(Node node, IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count == 0)
            {
                return;
            }
            Dictionary<string, DirectiveNode>? seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => schemaDirectives ??= new(StringComparer.Ordinal),
                TypeDefinitionNode type => For(typeDirectives ??= new(StringComparer.Ordinal), type.Name.Value),
                TypeExtensionNode extension => For(typeDirectives ??= new(StringComparer.Ordinal), extension.Name.Value),
                DirectiveDefinitionNode definition => For(directiveDirectives ??= new(StringComparer.Ordinal), definition.Name.Value),
                DirectiveExtensionNode directiveExtension => For(directiveDirectives ??= new(StringComparer.Ordinal), directiveExtension.Name.Value),
                // Long directive lists get a map, so that hostile documents cost linear time.
                _ => directives.Count > 16 ? new(StringComparer.Ordinal) : null,
            };
            if (seen is null)
            {
                CheckOneLocation(directives);
                return;
            }
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (known.TryGetValue(name, out var facts) && !facts.IsRepeatable)
                {
                    if (seen.TryGetValue(name, out var first))
                    {
                        context.ReportError(new GraphQLError($"The directive \"@{name}\" can only be used once at this location.", [first, directive]));
                    }
                    else
                    {
                        seen[name] = directive;
                    }
                }
            }
        }

        // Most nodes are their own location with a handful of directives: a pairwise scan finds the first
        // use of a repeated directive without allocating.
        void CheckOneLocation(IReadOnlyList<DirectiveNode> directives)
        {
            for (var i = 1; i < directives.Count; i++)
            {
                var name = directives[i].Name.Value;
                if (!known.TryGetValue(name, out var facts) || facts.IsRepeatable)
                {
                    continue;
                }
                for (var j = 0; j < i; j++)
                {
                    if (directives[j].Name.Value == name)
                    {
                        context.ReportError(new GraphQLError($"The directive \"@{name}\" can only be used once at this location.", [directives[j], directives[i]]));
                        break;
                    }
                }
            }
        }

        Func<Node, bool> handler = node =>
        {
            Check(node, DirectivesOf(node));
            return true;
        };
        foreach (var kind in KindsWithDirectives)
        {
            visitor.Enter(kind, handler);
        }
    }

    private static readonly NodeKind[] KindsWithDirectives =
    [
        NodeKind.OperationDefinition, NodeKind.FragmentDefinition, NodeKind.Field, NodeKind.FragmentSpread, NodeKind.InlineFragment,
        NodeKind.VariableDefinition, NodeKind.SchemaDefinition, NodeKind.SchemaExtension, NodeKind.ScalarTypeDefinition,
        NodeKind.ObjectTypeDefinition, NodeKind.InterfaceTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition,
        NodeKind.InputObjectTypeDefinition, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension,
        NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension, NodeKind.FieldDefinition,
        NodeKind.InputValueDefinition, NodeKind.EnumValueDefinition, NodeKind.DirectiveDefinition, NodeKind.DirectiveExtension,
    ];

    private static Dictionary<string, DirectiveNode> For(Dictionary<string, Dictionary<string, DirectiveNode>> map, string key)
    {
        if (!map.TryGetValue(key, out var seen))
        {
            map[key] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }
        return seen;
    }

    private static IReadOnlyList<DirectiveNode> DirectivesOf(Node node) => node switch
    {
        ExecutableDefinitionNode executable => executable.Directives,
        SelectionNode selection => selection.Directives,
        VariableDefinitionNode variable => variable.Directives,
        SchemaDefinitionNode schema => schema.Directives,
        SchemaExtensionNode schemaExtension => schemaExtension.Directives,
        TypeDefinitionNode type => type.Directives,
        TypeExtensionNode typeExtension => typeExtension.Directives,
        FieldDefinitionNode field => field.Directives,
        InputValueDefinitionNode input => input.Directives,
        EnumValueDefinitionNode value => value.Directives,
        DirectiveDefinitionNode directive => directive.Directives,
        DirectiveExtensionNode directiveExtension => directiveExtension.Directives,
        _ => [],
    };
}
