using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Types;

/// <summary>Any type of the type system: a named type, or a list or non-null wrapper around one (spec §3).</summary>
public interface IGraphQLType
{
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : IGraphQLType
{
    protected NamedType(string name) => Name = name;

    public string Name { get; }

    public string? Description { get; set; }

    /// <summary>The definition the type was built from, when built from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>The <c>extend</c> definitions applied to it.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <summary>The kind as introspection names it (<c>__TypeKind</c>).</summary>
    public abstract TypeKind Kind { get; }

    public override string ToString() => Name;
}

/// <summary><c>[T]</c>.</summary>
public sealed class ListType(IGraphQLType ofType) : IGraphQLType
{
    public IGraphQLType OfType { get; } = ofType;

    public override string ToString() => $"[{OfType}]";
}

/// <summary><c>T!</c>: wraps a named or list type, never another non-null.</summary>
public sealed class NonNullType : IGraphQLType
{
    public NonNullType(IGraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }
        OfType = ofType;
    }

    public IGraphQLType OfType { get; }

    public override string ToString() => $"{OfType}!";
}

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

/// <summary>Classification helpers named after graphql-js's type predicates.</summary>
public static class TypePredicates
{
    /// <summary>The named type at the core of any wrapping.</summary>
    public static NamedType GetNamedType(this IGraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException($"Unknown type {type}.", nameof(type));
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper, if any.</summary>
    public static IGraphQLType GetNullableType(this IGraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IGraphQLType type) => type is NonNullType;

    public static bool IsList(this IGraphQLType type) => type is ListType;

    /// <summary>Scalars, enums and input objects (possibly wrapped): types a variable or argument may have.</summary>
    public static bool IsInputType(this IGraphQLType type) =>
        type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Anything but input objects (possibly wrapped): types a field may return.</summary>
    public static bool IsOutputType(this IGraphQLType type) => type.GetNamedType() is not InputObjectType;

    public static bool IsLeafType(this IGraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this IGraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this IGraphQLType type) => type is InterfaceType or UnionType;

    public static bool IsWrappingType(this IGraphQLType type) => type is ListType or NonNullType;

    /// <summary>The introspection kind of any type, wrappers included.</summary>
    public static TypeKind GetKind(this IGraphQLType type) => type switch
    {
        NamedType named => named.Kind,
        ListType => TypeKind.List,
        _ => TypeKind.NonNull,
    };

    /// <summary>Structural equality of two type references (spec's "same type").</summary>
    public static bool IsEqualType(this IGraphQLType a, IGraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => x.OfType.IsEqualType(y.OfType),
        (ListType x, ListType y) => x.OfType.IsEqualType(y.OfType),
        _ => ReferenceEquals(a, b),
    };
}
