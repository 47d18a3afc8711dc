namespace Tracker.GraphQL.Types;

/// <summary>The values of introspection's <c>__TypeKind</c> enum.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
