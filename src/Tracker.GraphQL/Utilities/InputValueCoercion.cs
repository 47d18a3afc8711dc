using System.Collections;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>
/// Input coercion (spec §3.10, §5.6, §6.4.1; graphql-js 17 coerceInputValue / coerceInputLiteral).
/// Each method answers whether the value is valid; the messages explaining why not come from
/// <see cref="InputValueValidation"/>, which is only run once coercion has failed.
/// </summary>
internal static partial class InputValueCoercion
{
    /// <summary>Coerces a JSON-shaped value (a variable's value) to the internal value of an input type.</summary>
    public static bool TryCoerceInputValue(object? input, IGraphQLType type, out object? result)
    {
        result = null;
        if (type is NonNullType nonNull)
        {
            return input is not null && TryCoerceInputValue(input, nonNull.OfType, out result);
        }
        if (input is null)
        {
            return true;
        }
        switch (type)
        {
            case ListType list:
                if (!IsList(input))
                {
                    if (!TryCoerceInputValue(input, list.OfType, out var item))
                    {
                        return false;
                    }
                    result = new object?[] { item };
                    return true;
                }
                var items = new List<object?>();
                foreach (var itemValue in (IEnumerable)input)
                {
                    if (!TryCoerceInputValue(itemValue, list.OfType, out var coercedItem))
                    {
                        return false;
                    }
                    items.Add(coercedItem);
                }
                result = items;
                return true;
            case InputObjectType inputObject:
                return TryCoerceInputObject(input, inputObject, out result);
            case EnumType enumType:
                try
                {
                    result = enumType.CoerceInputValue(input);
                    return true;
                }
                catch (Exception)
                {
                    return false;
                }
            case ScalarType scalar:
                try
                {
                    result = scalar.CoerceInputValue(input);
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

    private static bool TryCoerceInputObject(object input, InputObjectType type, out object? result)
    {
        result = null;
        if (!ValueLiterals.TryGetEntries(input, out var entries))
        {
            return false;
        }
        foreach (var key in entries.Keys)
        {
            if (type.GetField(key) is null)
            {
                return false;
            }
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
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
            if (!TryCoerceInputValue(fieldValue, field.Type, out var coercedField))
            {
                return false;
            }
            coerced[field.Name] = coercedField;
        }
        if (type.IsOneOf && (entries.Count != 1 || coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }
        result = coerced;
        return true;
    }

    /// <summary>
    /// The coerced default of an argument or input field; false when it has none. The coerced value is
    /// cached on the definition, since defaults never change.
    /// </summary>
    public static bool TryCoerceDefaultValue(InputValueDefinition definition, out object? result)
    {
        if (definition.HasCoercedDefault)
        {
            result = definition.CoercedDefault;
            return true;
        }
        if (definition.DefaultValueLiteral is { } literal)
        {
            if (!TryCoerceInputLiteral(literal, definition.Type, null, out result))
            {
                throw new GraphQLError($"Expected value of type \"{definition.Type}\" to be valid, found: {Printer.Print(literal)}.");
            }
        }
        else if (definition.HasDefaultValueObject)
        {
            if (!TryCoerceInputValue(definition.DefaultValue, definition.Type, out result))
            {
                throw new GraphQLError($"Expected value of type \"{definition.Type}\" to be valid, found: {Inspect.Value(definition.DefaultValue)}.");
            }
        }
        else
        {
            result = null;
            return false;
        }
        definition.CoercedDefault = result;
        // Other executions may read the cache concurrently: the value must be visible before the flag.
        Interlocked.MemoryBarrier();
        definition.HasCoercedDefault = true;
        return true;
    }

    internal static bool TryGetCoercedVariable(VariableNode variable, VariableValues? variables, out object? value)
    {
        value = null;
        return variables is not null && variables.Coerced.TryGetValue(variable.Name.Value, out value);
    }

    internal static bool IsMissingVariable(VariableNode variable, VariableValues? variables) =>
        !TryGetCoercedVariable(variable, variables, out _);

    /// <summary>Whether a JSON-shaped value is a list (strings and maps are not).</summary>
    internal static bool IsList(object value) => value is IEnumerable and not string && !ValueLiterals.IsMap(value);
}
