using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Types;

public sealed class InterfaceType(string name) : FieldsType(name)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Names the object type of a value; when null the executor's default applies.</summary>
    public TypeResolver? ResolveType { get; set; }
}
