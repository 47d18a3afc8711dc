using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Types;

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
