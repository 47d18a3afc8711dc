using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Tracker.GraphQL.Execution;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Cli;

/// <summary>
/// Resolves fields from JSON root data, by name, with a few conventions shared with the conformance
/// generator (tests/conformance/README.md): <c>{"$throw": "msg"}</c> fails the field, <c>{"$async": v}</c>
/// resolves later, <c>{"$args": true}</c> answers the coerced arguments as JSON text, and
/// <c>{"$stream": [...]}</c> is a subscription's event stream.
/// </summary>
internal static class JsonRootResolvers
{
    public static FieldResolver Field { get; } = context =>
    {
        var value = DefaultResolvers.ReadMember(context.Source, context.FieldName);
        return Materialize(value, context);
    };

    private static ValueTask<object?> Materialize(object? value, ResolveFieldContext context)
    {
        if (value is IReadOnlyDictionary<string, object?> map)
        {
            if (map.TryGetValue("$throw", out var message))
            {
                throw new InvalidOperationException(JsString(message));
            }
            if (map.TryGetValue("$async", out var later))
            {
                return Later(later, context);
            }
            if (map.ContainsKey("$args"))
            {
                return new ValueTask<object?>(Stringify(context.Arguments));
            }
            if (map.TryGetValue("$stream", out var events))
            {
                return new ValueTask<object?>(Stream(events as IReadOnlyList<object?>
                    ?? throw new InvalidOperationException("\"$stream\" must be a JSON array of events.")));
            }
        }
        return new ValueTask<object?>(value is IReadOnlyList<object?> list ? list.Select(MaterializeItem).ToList() : value);
    }

    private static async ValueTask<object?> Later(object? value, ResolveFieldContext context)
    {
        await Task.Yield();
        return await Materialize(value, context);
    }

    private static object? MaterializeItem(object? item)
    {
        if (item is IReadOnlyDictionary<string, object?> map)
        {
            if (map.TryGetValue("$throw", out var message))
            {
                return new InvalidOperationException(JsString(message));
            }
            if (map.TryGetValue("$async", out var later))
            {
                return LaterItem(later);
            }
        }
        return item is IReadOnlyList<object?> list ? list.Select(MaterializeItem).ToList() : item;
    }

    private static async Task<object?> LaterItem(object? value)
    {
        await Task.Yield();
        return MaterializeItem(value);
    }

    private static async IAsyncEnumerable<object?> Stream(IReadOnlyList<object?> events, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }

    /// <summary>JavaScript's <c>String(value)</c> of a JSON value: what <c>new Error(value)</c> makes its message.</summary>
    public static string JsString(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        double d => JsFormat.Number(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> => "[object Object]",
        IReadOnlyList<object?> items => string.Join(",", items.Select(item => item is null ? string.Empty : JsString(item))),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>JavaScript's JSON.stringify of coerced argument values.</summary>
    public static string Stringify(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append(JsFormat.JsonString(s));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case int i:
                builder.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(double.IsFinite(d) ? JsFormat.Number(d) : "null");
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    builder.Append(first ? string.Empty : ",").Append(JsFormat.JsonString(key)).Append(':');
                    Append(builder, item);
                    first = false;
                }
                builder.Append('}');
                break;
            case System.Collections.IEnumerable items:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    builder.Append(firstItem ? string.Empty : ",");
                    Append(builder, item);
                    firstItem = false;
                }
                builder.Append(']');
                break;
            default:
                builder.Append(JsFormat.JsonString(value.ToString() ?? string.Empty));
                break;
        }
    }
}
