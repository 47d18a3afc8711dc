using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Tracker.Api.Infrastructure.Loading;

/// <summary>
/// An upper estimate of the memory a loaded value holds, for bounding the <see cref="LoadMemo"/> in bytes: rows alone
/// would not bound it, as a statement's text may hold thousands of characters. An object costs 64 bytes and 16 per
/// property, a string 32 and two bytes a character, a list 48 and its items; the properties of a model are read by
/// reflection once per type.
/// </summary>
public static class ModelBytes
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static long Of(object? value) => value switch
    {
        null => 8,
        string text => 32 + 2L * text.Length,
        IEnumerable items => 48 + Items(items),
        _ when value.GetType().IsValueType => 16,
        _ => Object(value),
    };

    private static long Items(IEnumerable items)
    {
        long bytes = 0;
        foreach (var item in items)
        {
            bytes += 8 + Of(item);
        }
        return bytes;
    }

    private static long Object(object value)
    {
        var properties = Properties.GetOrAdd(value.GetType(), type =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray());
        long bytes = 64;
        foreach (var property in properties)
        {
            bytes += property.PropertyType.IsValueType ? 16 : 8 + Of(property.GetValue(value));
        }
        return bytes;
    }
}
