using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Validation.Rules;

/// <summary>SDL: field names are unique within their type, extensions included (spec §3.6, §3.10).</summary>
internal sealed class UniqueFieldDefinitionNamesRule : ValidationRule
{
    public override string Name => "UniqueFieldDefinitionNames";

    public override void Register(ValidationContext context, RuleVisitor visitor)
    {
        var known = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        bool Check(string typeName, IEnumerable<NameNode> fieldNames)
        {
            if (!known.TryGetValue(typeName, out var names))
            {
                known[typeName] = names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            }
            foreach (var fieldName in fieldNames)
            {
                var name = fieldName.Value;
                if (HasField(context.Schema?.GetType(typeName), name))
                {
                    context.ReportError(new GraphQLError($"Field \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.", fieldName));
                    continue;
                }
                if (names.TryGetValue(name, out var first))
                {
                    context.ReportError(new GraphQLError($"Field \"{typeName}.{name}\" can only be defined once.", [first, fieldName]));
                }
                else
                {
                    names[name] = fieldName;
                }
            }
            return false;
        }

        visitor.Enter<InputObjectTypeDefinitionNode>(NodeKind.InputObjectTypeDefinition, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)));
        visitor.Enter<InputObjectTypeExtensionNode>(NodeKind.InputObjectTypeExtension, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)));
        visitor.Enter<InterfaceTypeDefinitionNode>(NodeKind.InterfaceTypeDefinition, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)));
        visitor.Enter<InterfaceTypeExtensionNode>(NodeKind.InterfaceTypeExtension, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)));
        visitor.Enter<ObjectTypeDefinitionNode>(NodeKind.ObjectTypeDefinition, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)));
        visitor.Enter<ObjectTypeExtensionNode>(NodeKind.ObjectTypeExtension, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)));
    }

    private static bool HasField(NamedType? type, string name) => type switch
    {
        FieldsType fieldsType => fieldsType.GetField(name) is not null,
        InputObjectType inputObject => inputObject.GetField(name) is not null,
        _ => false,
    };
}
