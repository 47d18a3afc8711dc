using System.Collections;
using System.Numerics;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// External input values as literals (graphql-js 17 valueToLiteral): the JSON-shaped values variables carry
/// and code-first defaults are given as, e.g. to print a default or to put a variable's raw value into a literal.
/// </summary>
internal static class ValueLiterals
{
    /// <summary>An external value of an input type as a literal; null when the value is not valid for the type.</summary>
    public static ValueNode? ValueToLiteral(object? value, IGraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null ? null : ValueToLiteral(value, nonNull.OfType);
        }
        if (value is null)
        {
            return new NullValueNode();
        }
        switch (type)
        {
            case ListType list:
                if (value is string || value is not IEnumerable items || IsMap(value))
                {
                    return ValueToLiteral(value, list.OfType);
                }
                var values = new List<ValueNode>();
                foreach (var item in items)
                {
                    if (ValueToLiteral(item, list.OfType) is not { } itemNode)
                    {
                        return null;
                    }
                    values.Add(itemNode);
                }
                return new ListValueNode { Values = values };
            case InputObjectType inputObject:
                if (!TryGetEntries(value, out var entries))
                {
                    return null;
                }
                foreach (var key in entries.Keys)
                {
                    if (inputObject.GetField(key) is null)
                    {
                        return null;
                    }
                }
                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields.Values)
                {
                    if (!entries.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (field.IsRequired)
                        {
                            return null;
                        }
                        continue;
                    }
                    if (ValueToLiteral(fieldValue, field.Type) is not { } fieldNode)
                    {
                        return null;
                    }
                    fields.Add(new ObjectFieldNode { Name = new NameNode(field.Name), Value = fieldNode });
                }
                return new ObjectValueNode { Fields = fields };
            case EnumType enumType:
                // External values name enum values (graphql-js GraphQLEnumType.valueToLiteral).
                return value is string name && enumType.GetValue(name) is not null ? new EnumValueNode { Value = name } : null;
            case ScalarType scalar:
                try
                {
                    return scalar.ValueToLiteral(value);
                }
                catch (Exception)
                {
                    return null;
                }
            default:
                return null;
        }
    }

    /// <summary>A JSON-like value (null, bool, number, string, list, map) as a literal.</summary>
    public static ValueNode DefaultScalarValueToLiteral(object? value)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool b:
                return new BooleanValueNode { Value = b };
            case string s:
                return new StringValueNode { Value = s };
            case BigInteger big:
                return new IntValueNode { Value = big.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        if (JsValues.TryGetNumber(value, out var number))
        {
            if (!double.IsFinite(number))
            {
                return new NullValueNode();
            }
            var text = JsFormat.Number(number);
            return JsFormat.IsIntegerText(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }
        if (TryGetEntries(value, out var entries))
        {
            var fields = new List<ObjectFieldNode>();
            foreach (var (key, fieldValue) in entries)
            {
                fields.Add(new ObjectFieldNode { Name = new NameNode(key), Value = DefaultScalarValueToLiteral(fieldValue) });
            }
            return new ObjectValueNode { Fields = fields };
        }
        if (value is IEnumerable items)
        {
            var values = new List<ValueNode>();
            foreach (var item in items)
            {
                values.Add(DefaultScalarValueToLiteral(item));
            }
            return new ListValueNode { Values = values };
        }
        throw new ArgumentException($"Cannot convert value to AST: {Inspect.Value(value)}.", nameof(value));
    }

    internal static bool IsMap(object value) => value is IDictionary or IReadOnlyDictionary<string, object?> or IDictionary<string, object?>;

    internal static bool TryGetEntries(object value, out IReadOnlyDictionary<string, object?> entries)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                entries = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                entries = dictionary.ToDictionary(p => p.Key, p => p.Value);
                return true;
            case IDictionary legacy:
                var map = new Dictionary<string, object?>();
                foreach (DictionaryEntry entry in legacy)
                {
                    map[entry.Key.ToString()!] = entry.Value;
                }
                entries = map;
                return true;
            default:
                entries = null!;
                return false;
        }
    }
}
