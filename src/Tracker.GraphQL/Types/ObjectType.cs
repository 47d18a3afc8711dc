using Tracker.GraphQL.Execution;

namespace Tracker.GraphQL.Types;

public sealed class ObjectType(string name) : FieldsType(name)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Whether a value is of this type, for abstract types that have no type resolver.</summary>
    public Func<object, ResolveFieldContext, bool>? IsTypeOf { get; set; }
}
