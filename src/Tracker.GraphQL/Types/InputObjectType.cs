namespace Tracker.GraphQL.Types;

/// <summary>An input object (spec §3.10), optionally <c>@oneOf</c>: exactly one field must be given.</summary>
public sealed class InputObjectType(string name) : NamedType(name)
{
    private readonly OrderedDictionary<string, InputFieldDefinition> _fields = new(StringComparer.Ordinal);

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyDictionary<string, InputFieldDefinition> Fields => _fields;

    public bool IsOneOf { get; set; }

    public InputFieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    public InputFieldDefinition AddField(InputFieldDefinition field)
    {
        field.ParentType = this;
        _fields[field.Name] = field;
        return field;
    }
}
