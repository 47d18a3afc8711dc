using System.Collections;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Execution.Limits;

/// <summary>
/// How much one argument value asks of whatever translates it (a sort list, a filter tree), measured on the
/// document's literal and on the raw variable values it refers to, before anything is coerced or run.
/// </summary>
/// <param name="Items">Entries of the top-level list (sort keys); a single value counts one.</param>
/// <param name="Terms">
/// Conditions of a filter: each field holding a leaf value or a list of them (<c>eq: "MN"</c>, <c>in: [...]</c>,
/// <c>retracted: true</c>) counts one, and so does each input object that holds no condition at all (an empty
/// entry of <c>or</c> is still a term to evaluate).
/// </param>
/// <param name="Depth">Nesting of lists of input objects (<c>and</c>/<c>or</c> levels): a plain filter is 0.</param>
/// <param name="LongestList">Values in the longest list of leaves (an <c>in</c> list).</param>
/// <param name="LongestListAt">Where that list is written: its literal, or the variable holding it.</param>
/// <param name="LongestText">UTF-16 code units of the longest <c>String</c> or <c>ID</c> value, alone or in a list.</param>
/// <param name="LongestTextAt">Where that text is written: its literal, or the variable holding it.</param>
internal readonly record struct ArgumentWidth(int Items, int Terms, int Depth, int LongestList, Node? LongestListAt, int LongestText, Node? LongestTextAt)
{
    private readonly record struct Pending(IGraphQLType Type, object? Value, Node At, int Depth);

    /// <summary>
    /// Measures an argument's value of the given type. Walks with an explicit stack: the value is client-sized
    /// (a filter can nest as deep as the document or the variables' JSON allow), and the walk must never be what
    /// overflows. Values of the wrong shape are skipped; coercion reports them afterwards.
    /// </summary>
    public static ArgumentWidth Measure(
        IGraphQLType type,
        ValueNode value,
        IReadOnlyDictionary<string, object?> variables,
        IReadOnlyDictionary<string, ValueNode> variableDefaults)
    {
        var top = Resolve(value, variables, variableDefaults);
        var items = top is null or NullValueNode ? 0 : Elements(top)?.Count ?? 1;
        int terms = 0, depth = 0, longest = 0, longestText = 0;
        Node? longestAt = null, longestTextAt = null;
        // Text only: a variable holding an enum or a number is not read for its length, so that an operation whose
        // verdict no variable sized can still be kept (see OperationLimitsAnalyzer's readVariables).
        void MeasureText(IGraphQLType leafType, object? leaf, Node at)
        {
            if (leafType.GetNamedType() is not ScalarType { Name: "String" or "ID" })
            {
                return;
            }
            if (leaf is VariableNode variable)
            {
                at = variable;
                leaf = Resolve(variable, variables, variableDefaults);
            }
            var length = leaf switch
            {
                StringValueNode literal => literal.Value.Length,
                string raw => raw.Length,
                _ => 0,
            };
            if (length > longestText)
            {
                longestText = length;
                longestTextAt = leaf as Node ?? at;
            }
        }
        var pending = new Stack<Pending>();
        pending.Push(new Pending(type, value, value, 0));
        while (pending.Count > 0)
        {
            var (itemType, item, at, level) = pending.Pop();
            if (item is VariableNode variable)
            {
                at = variable;
                item = Resolve(variable, variables, variableDefaults);
            }
            if (item is null or NullValueNode)
            {
                continue;
            }
            depth = Math.Max(depth, level);
            var nullable = itemType.GetNullableType();
            if (nullable is ListType list)
            {
                var elements = Elements(item);
                if (list.OfType.GetNamedType() is not InputObjectType)
                {
                    foreach (var element in elements ?? [item])
                    {
                        MeasureText(list.OfType, element, element as Node ?? at);
                    }
                    var count = elements?.Count ?? 1;
                    if (count > longest)
                    {
                        longest = count;
                        longestAt = item as Node ?? at;
                    }
                    continue;
                }
                // Each entry of a list of input objects (and/or) is a filter one level deeper.
                foreach (var element in elements ?? [item])
                {
                    pending.Push(new Pending(list.OfType, element, element as Node ?? at, level + 1));
                }
                continue;
            }
            if (nullable is not InputObjectType inputObject)
            {
                continue;
            }
            var conditions = 0;
            foreach (var (name, fieldValue, fieldAt) in Fields(item, at))
            {
                if (inputObject.GetField(name) is not { } field || fieldValue is null or NullValueNode)
                {
                    continue;
                }
                conditions++;
                var named = field.Type.GetNamedType();
                if (named is not InputObjectType)
                {
                    // A leaf, or a list of leaves: one condition (its length is measured below).
                    terms++;
                    if (field.Type.GetNullableType() is not ListType)
                    {
                        MeasureText(field.Type, fieldValue, fieldAt);
                    }
                }
                if (named is InputObjectType || field.Type.GetNullableType() is ListType)
                {
                    pending.Push(new Pending(field.Type, fieldValue, fieldAt, level));
                }
            }
            if (conditions == 0)
            {
                terms++;
            }
        }
        return new ArgumentWidth(items, terms, depth, longest, longestAt, longestText, longestTextAt);
    }

    /// <summary>A variable's value: given in the request, else the operation's default (a literal without variables).</summary>
    private static object? Resolve(object? value, IReadOnlyDictionary<string, object?> variables, IReadOnlyDictionary<string, ValueNode> variableDefaults) =>
        value is VariableNode variable
            ? variables.TryGetValue(variable.Name.Value, out var given) ? given : variableDefaults.GetValueOrDefault(variable.Name.Value)
            : value;

    /// <summary>The entries of a list value (literal or raw); null for a single value, which coercion wraps in a list.</summary>
    private static IReadOnlyList<object?>? Elements(object value) => value switch
    {
        ListValueNode literal => literal.Values,
        ValueNode => null,
        string or IReadOnlyDictionary<string, object?> => null,
        IReadOnlyList<object?> raw => raw,
        IEnumerable raw => raw.Cast<object?>().ToList(),
        _ => null,
    };

    /// <summary>The fields of an input object value (literal or raw), each with where it is written.</summary>
    private static IEnumerable<(string Name, object? Value, Node At)> Fields(object value, Node at)
    {
        switch (value)
        {
            case ObjectValueNode literal:
                foreach (var field in literal.Fields)
                {
                    yield return (field.Name.Value, field.Value, field.Value);
                }
                break;
            case IReadOnlyDictionary<string, object?> raw:
                foreach (var (name, fieldValue) in raw)
                {
                    yield return (name, fieldValue, at);
                }
                break;
        }
    }
}
