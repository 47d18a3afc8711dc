using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>SDL: enum value names are unique within their enum, extensions included (spec §3.9).</summary>
internal sealed class UniqueEnumValueNamesRule : ValidationRule
{
    public override string Name => "UniqueEnumValueNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var known = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        bool Check(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
        {
            if (!known.TryGetValue(typeName, out var names))
            {
                known[typeName] = names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            }
            foreach (var value in values)
            {
                var valueName = value.Name.Value;
                if (context.Schema?.GetType(typeName) is EnumType existing && existing.GetValue(valueName) is not null)
                {
                    context.ReportError(new GraphQLError($"Enum value \"{typeName}.{valueName}\" already exists in the schema. It cannot also be defined in this type extension.", value.Name));
                    continue;
                }
                if (names.TryGetValue(valueName, out var first))
                {
                    context.ReportError(new GraphQLError($"Enum value \"{typeName}.{valueName}\" can only be defined once.", [first, value.Name]));
                }
                else
                {
                    names[valueName] = value.Name;
                }
            }
            return false;
        }

        visitor.Enter<EnumTypeDefinitionNode>(NodeKind.EnumTypeDefinition, node => Check(node.Name.Value, node.Values));
        visitor.Enter<EnumTypeExtensionNode>(NodeKind.EnumTypeExtension, node => Check(node.Name.Value, node.Values));
    }
}
