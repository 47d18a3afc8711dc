using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Types;

/// <summary>Object and interface types: both have fields and may implement interfaces.</summary>
public abstract class FieldsType(string name) : NamedType(name)
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];
    private readonly List<NamedType> _declaredInterfaces = [];

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Every type named after <c>implements</c>, including invalid non-interfaces that schema validation reports.</summary>
    public IReadOnlyList<NamedType> DeclaredInterfaces => _declaredInterfaces;

    public FieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    public FieldDefinition AddField(FieldDefinition field)
    {
        field.ParentType = this;
        _fields[field.Name] = field;
        return field;
    }

    public void AddInterface(NamedType @interface)
    {
        _declaredInterfaces.Add(@interface);
        if (@interface is InterfaceType valid)
        {
            _interfaces.Add(valid);
        }
    }
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
    private readonly List<NamedType> _declaredTypes = [];

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Every member type named, including invalid non-objects that schema validation reports.</summary>
    public IReadOnlyList<NamedType> DeclaredTypes => _declaredTypes;

    public void AddType(NamedType type)
    {
        _declaredTypes.Add(type);
        if (type is ObjectType valid)
        {
            _types.Add(valid);
        }
    }

    /// <summary>Names the object type of a value; when null the executor's default applies.</summary>
    public TypeResolver? ResolveType { get; set; }
}
