using System.Globalization;
using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Utilities;

/// <summary>graphql-js valueFromASTUntyped: a literal as a JSON-like CLR value, without a type to guide it.</summary>
internal static class ValueFromAstUntyped
{
    /// <summary>
    /// Numbers become <see cref="double"/> (as JavaScript numbers), objects insertion-ordered dictionaries,
    /// enum values their name; a variable reads <paramref name="variables"/> (absent when missing).
    /// </summary>
    public static object? Convert(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => double.Parse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => Convert(v, variables)).ToList(),
        ObjectValueNode obj => ToMap(obj, variables),
        VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
        _ => null,
    };

    private static Dictionary<string, object?> ToMap(ObjectValueNode obj, IReadOnlyDictionary<string, object?>? variables)
    {
        var map = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            map[field.Name.Value] = Convert(field.Value, variables);
        }
        return map;
    }
}
