using System.Collections;
using System.Text.Json;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// Raw variable values as the JSON-shaped CLR values coercion reads. Hosts may hand over values straight
/// from a <see cref="JsonDocument"/>: every <see cref="JsonElement"/>, at any depth, is converted here once
/// (numbers become doubles, as in JavaScript). Values without one are returned as they are, without copying.
/// </summary>
internal static class VariableInputs
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>How deep a value is searched for JSON elements; deeper values are left as they are.</summary>
    private const int MaxDepth = 64;

    public static IReadOnlyDictionary<string, object?> Normalize(IReadOnlyDictionary<string, object?>? inputs)
    {
        if (inputs is null)
        {
            return Empty;
        }
        Dictionary<string, object?>? converted = null;
        // A host's dictionary (the server's always) is walked with its own enumerator, not a boxed interface one.
        if (inputs is Dictionary<string, object?> dictionary)
        {
            foreach (var (name, value) in dictionary)
            {
                NormalizeEntry(inputs, name, value, ref converted);
            }
        }
        else
        {
            foreach (var (name, value) in inputs)
            {
                NormalizeEntry(inputs, name, value, ref converted);
            }
        }
        return converted ?? inputs;
    }

    /// <summary>Puts the input's value converted into a copy of the inputs, made when the first value changes.</summary>
    private static void NormalizeEntry(IReadOnlyDictionary<string, object?> inputs, string name, object? value, ref Dictionary<string, object?>? converted)
    {
        var normalized = NormalizeValue(value, 0);
        if (!ReferenceEquals(normalized, value))
        {
            converted ??= new Dictionary<string, object?>(inputs, StringComparer.Ordinal);
            converted[name] = normalized;
        }
    }

    private static object? NormalizeValue(object? value, int depth)
    {
        switch (value)
        {
            case JsonElement element:
                return JsonValues.ToClr(element);
            case null or string:
                return value;
        }
        if (depth >= MaxDepth)
        {
            return value;
        }
        if (ValueLiterals.TryGetEntries(value, out var entries))
        {
            Dictionary<string, object?>? copy = null;
            foreach (var (key, item) in entries)
            {
                var normalized = NormalizeValue(item, depth + 1);
                if (!ReferenceEquals(normalized, item))
                {
                    copy ??= new Dictionary<string, object?>(entries, StringComparer.Ordinal);
                    copy[key] = normalized;
                }
            }
            return copy ?? value;
        }
        if (value is IEnumerable items)
        {
            List<object?>? copy = null;
            var index = 0;
            foreach (var item in items)
            {
                var normalized = NormalizeValue(item, depth + 1);
                if (copy is null && !ReferenceEquals(normalized, item))
                {
                    copy = [];
                    var copied = 0;
                    foreach (var previous in items)
                    {
                        if (copied++ == index)
                        {
                            break;
                        }
                        copy.Add(previous);
                    }
                }
                copy?.Add(normalized);
                index++;
            }
            return copy ?? value;
        }
        return value;
    }
}
