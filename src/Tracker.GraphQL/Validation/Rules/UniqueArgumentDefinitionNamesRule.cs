using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>SDL: argument names are unique within their field or directive (spec §3.6.1, §3.13).</summary>
internal sealed class UniqueArgumentDefinitionNamesRule : ValidationRule
{
    public override string Name => "UniqueArgumentDefinitionNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        bool Check(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                if (group.Count() > 1)
                {
                    context.ReportError(new GraphQLError($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", group.Select(a => a.Name)));
                }
            }
            return false;
        }

        bool CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var field in fields)
            {
                Check($"{typeName}.{field.Name.Value}", field.Arguments);
            }
            return false;
        }

        visitor.Enter<DirectiveDefinitionNode>(NodeKind.DirectiveDefinition, n => Check($"@{n.Name.Value}", n.Arguments));
        visitor.Enter<InterfaceTypeDefinitionNode>(NodeKind.InterfaceTypeDefinition, n => CheckFields(n.Name.Value, n.Fields));
        visitor.Enter<InterfaceTypeExtensionNode>(NodeKind.InterfaceTypeExtension, n => CheckFields(n.Name.Value, n.Fields));
        visitor.Enter<ObjectTypeDefinitionNode>(NodeKind.ObjectTypeDefinition, n => CheckFields(n.Name.Value, n.Fields));
        visitor.Enter<ObjectTypeExtensionNode>(NodeKind.ObjectTypeExtension, n => CheckFields(n.Name.Value, n.Fields));
    }
}
