using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>
/// An enum (spec §3.9). Each value has a name (what the wire carries) and an internal value
/// (what resolvers see: by default the name itself; a bound CLR enum member when resolvers are bound).
/// </summary>
public sealed class EnumType(string name) : NamedType(name)
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition>? _byInternalValue;

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyDictionary<string, EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _values.GetValueOrDefault(name);

    public EnumValueDefinition AddValue(EnumValueDefinition value)
    {
        value.ParentType = this;
        _values[value.Name] = value;
        _byInternalValue = null;
        return value;
    }

    /// <summary>The enum value whose internal value equals <paramref name="value"/>, for result coercion.</summary>
    public EnumValueDefinition? FindByInternalValue(object value)
    {
        _byInternalValue ??= BuildInternalIndex();
        return _byInternalValue.GetValueOrDefault(value);
    }

    private Dictionary<object, EnumValueDefinition> BuildInternalIndex()
    {
        var index = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in _values.Values)
        {
            index.TryAdd(value.Value ?? value.Name, value);
        }
        return index;
    }
}

public sealed class EnumValueDefinition(string name)
{
    public string Name { get; } = name;

    /// <summary>The internal value; null means the name.</summary>
    public object? Value { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; set; }

    public EnumType ParentType { get; internal set; } = null!;

    public string Coordinate => $"{ParentType?.Name}.{Name}";

    public override string ToString() => Coordinate;
}
