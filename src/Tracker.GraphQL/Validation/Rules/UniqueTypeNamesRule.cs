using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>SDL: type names are unique (spec §3.4).</summary>
internal sealed class UniqueTypeNamesRule : ValidationRule
{
    public override string Name => "UniqueTypeNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        bool Check(TypeDefinitionNode node)
        {
            var name = node.Name.Value;
            if (context.Schema?.GetType(name) is not null)
            {
                context.ReportError(new GraphQLError($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.", node.Name));
                return false;
            }
            if (known.TryGetValue(name, out var first))
            {
                context.ReportError(new GraphQLError($"There can be only one type named \"{name}\".", [first, node.Name]));
            }
            else
            {
                known[name] = node.Name;
            }
            return false;
        }

        foreach (var kind in new[] { NodeKind.ScalarTypeDefinition, NodeKind.ObjectTypeDefinition, NodeKind.InterfaceTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition, NodeKind.InputObjectTypeDefinition })
        {
            visitor.Enter<TypeDefinitionNode>(kind, Check);
        }
    }
}
