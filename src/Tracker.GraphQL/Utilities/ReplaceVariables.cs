using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// graphql-js 17 replaceVariables: a literal with each variable replaced by a literal of its raw value,
/// so a scalar's literal coercion never sees a variable.
/// </summary>
internal static class ReplaceVariables
{
    public static ValueNode Replace(ValueNode node, VariableValues? variables)
    {
        switch (node)
        {
            case VariableNode variable:
                if (variables is null || !variables.Sources.TryGetValue(variable.Name.Value, out var source))
                {
                    return new NullValueNode();
                }
                if (!source.HasValue && source.Signature.DefaultLiteral is { } defaultLiteral)
                {
                    return defaultLiteral;
                }
                return ValueLiterals.ValueToLiteral(source.HasValue ? source.Value : null, source.Signature.Type) ?? new NullValueNode();
            case ObjectValueNode obj:
                var fields = new List<ObjectFieldNode>(obj.Fields.Count);
                foreach (var field in obj.Fields)
                {
                    if (field.Value is VariableNode fieldVariable)
                    {
                        VariableSource? fieldSource = null;
                        var found = variables is not null && variables.Sources.TryGetValue(fieldVariable.Name.Value, out fieldSource);
                        if (!found || (!fieldSource!.HasValue && fieldSource.Signature.DefaultLiteral is null))
                        {
                            continue;
                        }
                    }
                    fields.Add(new ObjectFieldNode { Name = field.Name, Value = Replace(field.Value, variables), Location = field.Location });
                }
                return new ObjectValueNode { Fields = fields, Location = obj.Location };
            case ListValueNode list:
                var values = new List<ValueNode>(list.Values.Count);
                foreach (var value in list.Values)
                {
                    values.Add(Replace(value, variables));
                }
                return new ListValueNode { Values = values, Location = list.Location };
            default:
                return node;
        }
    }
}
