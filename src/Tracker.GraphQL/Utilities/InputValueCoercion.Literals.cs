using System.Collections;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>Coercion of input literals (values written in the document, possibly holding variables).</summary>
internal static partial class InputValueCoercion
{
    /// <summary>
    /// Coerces a literal (possibly containing variables) to the internal value of an input type.
    /// </summary>
    public static bool TryCoerceInputLiteral(ValueNode node, IGraphQLType type, VariableValues? variables, out object? result)
    {
        result = null;
        if (node is VariableNode variable)
        {
            var found = TryGetCoercedVariable(variable, variables, out var value);
            if ((!found || value is null) && type is NonNullType)
            {
                return false;
            }
            result = value;
            return true;
        }
        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerceInputLiteral(node, nonNull.OfType, variables, out result);
        }
        if (node is NullValueNode)
        {
            return true;
        }
        switch (type)
        {
            case ListType list:
                if (node is not ListValueNode listNode)
                {
                    if (!TryCoerceInputLiteral(node, list.OfType, variables, out var item))
                    {
                        return false;
                    }
                    result = new object?[] { item };
                    return true;
                }
                var items = new List<object?>(listNode.Values.Count);
                foreach (var itemNode in listNode.Values)
                {
                    if (!TryCoerceInputLiteral(itemNode, list.OfType, variables, out var coercedItem))
                    {
                        // A missing or null variable in a list of nullable items is a null item.
                        if (itemNode is VariableNode itemVariable
                            && (!TryGetCoercedVariable(itemVariable, variables, out var itemValue) || itemValue is null)
                            && list.OfType is not NonNullType)
                        {
                            coercedItem = null;
                        }
                        else
                        {
                            return false;
                        }
                    }
                    items.Add(coercedItem);
                }
                result = items;
                return true;
            case InputObjectType inputObject:
                return TryCoerceInputObjectLiteral(node, inputObject, variables, out result);
            case EnumType enumType:
                try
                {
                    result = enumType.CoerceInputLiteral(ReplaceVariables.Replace(node, variables));
                    return true;
                }
                catch (Exception)
                {
                    return false;
                }
            case ScalarType scalar:
                try
                {
                    result = scalar.CoerceInputLiteral(ReplaceVariables.Replace(node, variables));
                    return result is not null;
                }
                catch (Exception)
                {
                    return false;
                }
            default:
                return false;
        }
    }

    private static bool TryCoerceInputObjectLiteral(ValueNode node, InputObjectType type, VariableValues? variables, out object? result)
    {
        result = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }
        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                return false;
            }
            fieldNodes[fieldNode.Name.Value] = fieldNode;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode)
                || (fieldNode.Value is VariableNode v && IsMissingVariable(v, variables)))
            {
                if (field.IsRequired)
                {
                    return false;
                }
                if (TryCoerceDefaultValue(field, out var defaultValue))
                {
                    coerced[field.Name] = defaultValue;
                }
                continue;
            }
            if (!TryCoerceInputLiteral(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }
            coerced[field.Name] = fieldValue;
        }
        if (type.IsOneOf)
        {
            if (fieldNodes.Count != 1 || coerced.Count != 1)
            {
                return false;
            }
            foreach (var (name, fieldNode) in fieldNodes)
            {
                if (fieldNode.Value is NullValueNode || (coerced.TryGetValue(name, out var v) && v is null))
                {
                    return false;
                }
            }
        }
        result = coerced;
        return true;
    }
}
