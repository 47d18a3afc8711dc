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
