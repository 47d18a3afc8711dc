namespace Tracker.GraphQL.Types;

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
