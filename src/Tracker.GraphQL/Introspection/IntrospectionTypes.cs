using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Introspection;

// STUB (type-system work package): the introspection types of spec §4.2 and graphql-js 17, with resolvers.
public static class IntrospectionTypes
{
    public static ObjectType Schema { get; } = null!;

    /// <summary><c>__schema: __Schema!</c> on the query root.</summary>
    public static FieldDefinition SchemaMetaField { get; } = null!;

    /// <summary><c>__type(name: String!): __Type</c> on the query root.</summary>
    public static FieldDefinition TypeMetaField { get; } = null!;

    /// <summary><c>__typename: String!</c> on every composite type.</summary>
    public static FieldDefinition TypeNameMetaField { get; } = null!;

    public static bool IsIntrospectionType(NamedType type) => type.Name.StartsWith("__", StringComparison.Ordinal);
}
