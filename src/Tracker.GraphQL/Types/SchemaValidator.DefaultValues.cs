using System.Collections;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Types;

// graphql-js 17 validates every default value against its type when the schema is validated.
public static partial class SchemaValidator
{
    private static void ValidateDefaultValue(Context context, InputValueDefinition value)
    {
        if (!value.HasDefaultValue)
        {
            return;
        }
        var errors = new List<(GraphQLError Error, IReadOnlyList<object> Path)>();
        if (value.DefaultValueLiteral is { } literal)
        {
            InputValueValidation.ValidateInputLiteral(literal, value.Type, (error, path) => errors.Add((error, path)));
        }
        else
        {
            InputValueValidation.ValidateInputValue(value.DefaultValue, true, value.Type, (error, path) => errors.Add((error, path)));
        }
        if (errors.Count == 0)
        {
            return;
        }
        if (value.DefaultValueLiteral is null && SuggestExternalDefault(context, value))
        {
            return;
        }
        foreach (var (error, path) in errors)
        {
            Node?[] nodes = error.Nodes.Count > 0 ? [.. error.Nodes] : [value.AstNode?.DefaultValue];
            context.Report($"{value} has invalid default value{Execution.Values.PrintPath(path)}: {error.Message}", nodes);
        }
    }

    /// <summary>
    /// A code-first default given as an internal value (an enum's internal value, say) where an external one
    /// is expected: when its result coercion is a valid default, graphql-js names that instead.
    /// </summary>
    private static bool SuggestExternalDefault(Context context, InputValueDefinition value)
    {
        object? external;
        try
        {
            external = Uncoerce(value.DefaultValue, value.Type);
        }
        catch (Exception)
        {
            // As graphql-js: a value that cannot be turned back (a custom scalar throwing, say) gets the plain report.
            return false;
        }
        var valid = true;
        InputValueValidation.ValidateInputValue(external, true, value.Type, (_, _) => valid = false);
        if (!valid)
        {
            return false;
        }
        context.Report(
            $"{value} has invalid default value: {Inspect.Value(value.DefaultValue)}. Did you mean: {Inspect.Value(external)}?",
            value.AstNode?.DefaultValue);
        return true;
    }

    /// <summary>An internal value turned back into the external value it would come from (result coercion of each leaf).</summary>
    private static object? Uncoerce(object? value, IGraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return Uncoerce(value, nonNull.OfType);
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string && !ValueLiterals.IsMap(value))
                {
                    var uncoerced = new List<object?>();
                    foreach (var item in items)
                    {
                        uncoerced.Add(Uncoerce(item, list.OfType));
                    }
                    return uncoerced;
                }
                return new List<object?> { Uncoerce(value, list.OfType) };
            case InputObjectType inputObject:
                if (!ValueLiterals.TryGetEntries(value, out var entries))
                {
                    throw new InvalidOperationException($"Expected an object for {inputObject}.");
                }
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (name, fieldValue) in entries)
                {
                    var field = inputObject.GetField(name) ?? throw new InvalidOperationException($"Unknown field {name} of {inputObject}.");
                    fields[name] = Uncoerce(fieldValue, field.Type);
                }
                return fields;
            case EnumType enumType:
                return enumType.CoerceOutputValue(value);
            case ScalarType scalar:
                return scalar.CoerceOutputValue(value);
            default:
                throw new InvalidOperationException($"Unexpected input type {type}.");
        }
    }
}
