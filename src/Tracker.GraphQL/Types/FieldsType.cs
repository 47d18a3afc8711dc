using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Types;

/// <summary>Object and interface types: both have fields and may implement interfaces.</summary>
public abstract class FieldsType(string name) : NamedType(name)
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    public FieldDefinition AddField(FieldDefinition field)
    {
        field.ParentType = this;
        _fields[field.Name] = field;
        return field;
    }

    public void AddInterface(InterfaceType @interface) => _interfaces.Add(@interface);
}

public sealed class ObjectType(string name) : FieldsType(name)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Whether a value is of this type, for abstract types that have no type resolver.</summary>
    public Func<object, ResolveFieldContext, bool>? IsTypeOf { get; set; }
}

public sealed class InterfaceType(string name) : FieldsType(name)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Names the object type of a value; when null the executor's default applies.</summary>
    public TypeResolver? ResolveType { get; set; }
}

public sealed class UnionType(string name) : NamedType(name)
{
    private readonly List<ObjectType> _types = [];

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => _types;

    public void AddType(ObjectType type) => _types.Add(type);

    /// <summary>Names the object type of a value; when null the executor's default applies.</summary>
    public TypeResolver? ResolveType { get; set; }
}
