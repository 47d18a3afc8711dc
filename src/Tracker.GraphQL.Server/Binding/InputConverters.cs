using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Tracker.GraphQL.Server.Binding;

/// <summary>
/// Builds, once per CLR type at start, the delegate that turns a coerced GraphQL input value (int, double,
/// string, bool, bound enum, list, or input-object map) into that type: records and classes by constructor
/// parameters and settable properties, lists and arrays element by element, <see cref="Optional{T}"/> for
/// fields that may be absent. Constructors run through compiled expressions, not reflection.
/// </summary>
internal sealed class InputConverters
{
    private readonly Dictionary<Type, Func<object?, object?>> _cache = [];

    public Func<object?, object?> For(Type type)
    {
        if (_cache.TryGetValue(type, out var cached))
        {
            return cached;
        }
        // Recursive input types: a placeholder forwards to the converter once it exists.
        Func<object?, object?>? built = null;
        _cache[type] = value => built!(value);
        built = Build(type);
        _cache[type] = built;
        return built;
    }

    private Func<object?, object?> Build(Type type)
    {
        if (type == typeof(object) || type == typeof(string) || type == typeof(bool) || IsScalarValue(type))
        {
            return static value => value;
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            var inner = For(underlying);
            return value => value is null ? null : inner(value);
        }
        if (type.IsEnum)
        {
            return value => value is null ? null : value.GetType() == type ? value : Enum.Parse(type, value.ToString()!, ignoreCase: true);
        }
        if (IsNumeric(type))
        {
            return value => value is null ? null : Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (type == typeof(Guid))
        {
            return static value => value is Guid guid ? guid : Guid.Parse((string)value!);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>))
        {
            throw new InvalidOperationException($"{type} is only meaningful for an argument or an input field.");
        }
        if (ElementType(type) is { } element)
        {
            return BuildList(type, element);
        }
        if (type.IsClass || (type.IsValueType && !type.IsPrimitive))
        {
            return BuildObject(type);
        }
        return static value => value;
    }

    /// <summary>CLR types custom scalars coerce to (Date as DateOnly...): already the parameter's value, never an input object.</summary>
    private static bool IsScalarValue(Type type) =>
        type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly)
        || type == typeof(TimeSpan) || type == typeof(Uri);

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(decimal)
        || type == typeof(short) || type == typeof(byte);

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>))
            {
                return type.GetGenericArguments()[0];
            }
        }
        return null;
    }

    private Func<object?, object?> BuildList(Type type, Type elementType)
    {
        var element = For(elementType);
        var listType = typeof(List<>).MakeGenericType(elementType);
        var createList = Expression.Lambda<Func<IList>>(Expression.New(listType)).Compile();
        Func<IList, object>? toArray = null;
        if (type.IsArray)
        {
            var list = Expression.Parameter(typeof(IList), "list");
            toArray = Expression.Lambda<Func<IList, object>>(
                Expression.Convert(Expression.Call(Expression.Convert(list, listType), listType.GetMethod("ToArray")!), typeof(object)),
                list).Compile();
        }
        return value =>
        {
            if (value is null)
            {
                return null;
            }
            var list = createList();
            foreach (var item in (IEnumerable)value)
            {
                list.Add(element(item));
            }
            return toArray is null ? list : toArray(list);
        };
    }

    /// <summary>A record or class from an input-object map: constructor parameters first, then settable properties.</summary>
    private Func<object?, object?> BuildObject(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type} has no public constructor to build it from an input object.");
        var parameters = constructor.GetParameters();
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var create = Expression.Lambda<Func<object?[], object>>(
            Expression.Convert(
                Expression.New(constructor, parameters.Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType))),
                typeof(object)),
            arguments).Compile();
        var parameterSlots = parameters.Select(p => (Name: p.Name!, Read: FieldReader(p.ParameterType, p.HasDefaultValue ? p.DefaultValue : Default(p.ParameterType)))).ToArray();
        var constructorNames = parameters.Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && !constructorNames.Contains(p.Name))
            .Select(p => (p.Name, Read: FieldReader(p.PropertyType, null), Set: CompileSetter(type, p)))
            .ToArray();
        return value =>
        {
            if (value is null)
            {
                return null;
            }
            if (type.IsInstanceOfType(value))
            {
                // A custom scalar's coercion already produced the CLR value (a DateOnly for Date).
                return value;
            }
            var map = (IReadOnlyDictionary<string, object?>)value;
            var values = new object?[parameterSlots.Length];
            for (var i = 0; i < parameterSlots.Length; i++)
            {
                values[i] = parameterSlots[i].Read(map, parameterSlots[i].Name);
            }
            var instance = create(values);
            foreach (var (name, read, set) in setters)
            {
                if (ContainsIgnoringCase(map, name))
                {
                    set(instance, read(map, name));
                }
            }
            return instance;
        };
    }

    /// <summary>Reads one field of an input-object map into a CLR type (absent fields get the fallback, or Optional.Absent).</summary>
    public Func<IReadOnlyDictionary<string, object?>, string, object?> FieldReader(Type type, object? fallback)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>))
        {
            var valueType = type.GetGenericArguments()[0];
            var inner = For(valueType);
            var make = CompileOptional(type, valueType);
            var absent = make(false, Default(valueType));
            var valueDefault = Default(valueType);
            return (map, name) => TryGetIgnoringCase(map, name, out var raw) ? make(true, inner(raw) ?? valueDefault) : absent;
        }
        var convert = For(type);
        var typeDefault = Default(type);
        return (map, name) => TryGetIgnoringCase(map, name, out var raw) ? convert(raw) ?? typeDefault : fallback;
    }

    /// <summary>Builds an Optional&lt;T&gt; for an argument from "was it given" and its value.</summary>
    public Func<bool, object?, object?> OptionalFactory(Type optionalType)
    {
        var valueType = optionalType.GetGenericArguments()[0];
        var inner = For(valueType);
        var make = CompileOptional(optionalType, valueType);
        var valueDefault = Default(valueType);
        return (has, raw) => make(has, has ? inner(raw) ?? valueDefault : valueDefault);
    }

    private static Func<bool, object?, object?> CompileOptional(Type optionalType, Type valueType)
    {
        var has = Expression.Parameter(typeof(bool), "has");
        var value = Expression.Parameter(typeof(object), "value");
        var constructor = optionalType.GetConstructor([typeof(bool), valueType])!;
        return Expression.Lambda<Func<bool, object?, object?>>(
            Expression.Convert(Expression.New(constructor, has, Expression.Convert(value, valueType)), typeof(object)),
            has,
            value).Compile();
    }

    private static Action<object, object?> CompileSetter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        return Expression.Lambda<Action<object, object?>>(
            Expression.Assign(Expression.Property(Expression.Convert(instance, type), property), Expression.Convert(value, property.PropertyType)),
            instance,
            value).Compile();
    }

    internal static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static bool ContainsIgnoringCase(IReadOnlyDictionary<string, object?> map, string name) => TryGetIgnoringCase(map, name, out _);

    private static bool TryGetIgnoringCase(IReadOnlyDictionary<string, object?> map, string name, out object? value)
    {
        if (map.TryGetValue(name, out value))
        {
            return true;
        }
        foreach (var (key, item) in map)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = item;
                return true;
            }
        }
        value = null;
        return false;
    }
}
