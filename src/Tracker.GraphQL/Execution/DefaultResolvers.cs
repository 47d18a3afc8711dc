using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Execution;

/// <summary>
/// The resolvers used where a schema names none (graphql-js defaultFieldResolver / defaultTypeResolver),
/// public so hosts can wrap them.
/// </summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), MemberReader> Readers = new();

    /// <summary>
    /// Reads the field's name from the parent: a dictionary entry, a JSON object property, or a public CLR
    /// property (exact name first, else ignoring case, so <c>name</c> reads <c>Name</c>). A
    /// <c>Func&lt;ResolveFieldContext, object?&gt;</c> found there is called, as graphql-js calls a function property.
    /// </summary>
    public static FieldResolver Field { get; } = context => new ValueTask<object?>(ReadField(context.Source, context.FieldName, context));

    /// <summary>
    /// Names the runtime type of an abstract value: its <c>__typename</c> entry or property, else the first
    /// possible type whose <see cref="ObjectType.IsTypeOf"/> accepts it.
    /// </summary>
    public static TypeResolver Type { get; } = (value, context, abstractType) =>
    {
        if (TypeNameOf(value) is { } typeName)
        {
            return new ValueTask<string?>(typeName);
        }
        foreach (var possible in context.Schema.GetPossibleTypes(abstractType))
        {
            if (possible.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
            {
                return new ValueTask<string?>(possible.Name);
            }
        }
        return new ValueTask<string?>((string?)null);
    };

    /// <summary>The value's <c>__typename</c> entry or property when it is a string: the built-in type resolver's first answer.</summary>
    internal static string? TypeNameOf(object? value) => ReadMember(value, "__typename") as string;

    private static object? ReadField(object? source, string name, ResolveFieldContext context)
    {
        var value = ReadMember(source, name);
        return value is Func<ResolveFieldContext, object?> function ? function(context) : value;
    }

    /// <summary>
    /// The member called <paramref name="name"/> of a value, or null when it has none: a dictionary entry, a
    /// property of a JSON object (leaves converted to CLR values, objects and arrays kept as elements), or a
    /// public instance property or field of any other object. Strings, numbers, booleans and enum values have
    /// no members here, as JavaScript primitives have none for graphql-js's default resolver.
    /// </summary>
    public static object? ReadMember(object? source, string name) =>
        source is null ? null : ReaderFor(source.GetType(), name).Read(source);

    /// <summary>How the member <paramref name="name"/> is read from values of <paramref name="type"/>; built once per pair.</summary>
    internal static MemberReader ReaderFor(Type type, string name) =>
        Readers.GetOrAdd((type, name), static key => new MemberReader(key.Type, CreateReader(key.Type, key.Name)));

    private static Func<object, object?> CreateReader(Type type, string name)
    {
        if (type == typeof(Dictionary<string, object?>))
        {
            // The common concrete map (JSON data, hand-built roots): no interface dispatch per read.
            return source => ((Dictionary<string, object?>)source).TryGetValue(name, out var value) ? value : null;
        }
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return source => ((IReadOnlyDictionary<string, object?>)source).TryGetValue(name, out var value) ? value : null;
        }
        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return source => ((IDictionary<string, object?>)source).TryGetValue(name, out var value) ? value : null;
        }
        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return source => ((IDictionary)source).Contains(name) ? ((IDictionary)source)[name] : null;
        }
        if (type == typeof(JsonElement))
        {
            return source => source is JsonElement { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var property)
                ? JsonValues.ToResolved(property)
                : null;
        }
        if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type.IsEnum)
        {
            return static _ => null;
        }
        return CompileGetter(type, name) ?? (static _ => null);
    }

    /// <summary>
    /// Compiles a member read once per (CLR type, field name): a public property or field of that exact name,
    /// else one whose name differs only in case. Nothing is reflected per request.
    /// </summary>
    private static Func<object, object?>? CompileGetter(Type type, string name)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
        var member = (MemberInfo?)FindProperty(type, name, StringComparison.Ordinal)
            ?? type.GetField(name, Public)
            ?? (MemberInfo?)FindProperty(type, name, StringComparison.OrdinalIgnoreCase)
            ?? Array.Find(type.GetFields(Public), f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            return null;
        }
        var instance = Expression.Parameter(typeof(object), "instance");
        var typed = type.IsValueType ? Expression.Unbox(instance, type) : (Expression)Expression.Convert(instance, type);
        var read = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        Expression boxed = read.Type == typeof(int) ? Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Int))!, read)
            : read.Type == typeof(bool) ? Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Bool))!, read)
            : Expression.Convert(read, typeof(object));
        return Expression.Lambda<Func<object, object?>>(boxed, instance).Compile();
    }

    private static PropertyInfo? FindProperty(Type type, string name, StringComparison comparison)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (string.Equals(property.Name, name, comparison) && property.GetMethod is not null && property.GetIndexParameters().Length == 0)
            {
                return property;
            }
        }
        return null;
    }
}
