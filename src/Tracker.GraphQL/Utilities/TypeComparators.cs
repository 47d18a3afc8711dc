using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

/// <summary>Type relations used by validation and schema validation (graphql-js typeComparators).</summary>
internal static class TypeComparators
{
    /// <summary>Whether a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType)
        {
            return false;
        }
        return superType.IsAbstractType()
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types could describe the same object (spec §5.5.2.3).</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }
        if (typeA.IsAbstractType())
        {
            if (typeB.IsAbstractType())
            {
                foreach (var type in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, type))
                    {
                        return true;
                    }
                }
                return false;
            }
            return schema.IsSubType(typeA, typeB);
        }
        return typeB.IsAbstractType() && schema.IsSubType(typeB, typeA);
    }

    /// <summary>The schema type a type reference names, or null when its named type is unknown.</summary>
    public static IGraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode typeNode) => typeNode switch
    {
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
