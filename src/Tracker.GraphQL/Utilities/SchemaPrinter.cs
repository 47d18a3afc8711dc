using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

// STUB (type-system work package): graphql-js printSchema / printIntrospectionSchema / printType.
public static class SchemaPrinter
{
    public static string PrintSchema(GraphQLSchema schema) => throw new NotImplementedException();

    public static string PrintIntrospectionSchema(GraphQLSchema schema) => throw new NotImplementedException();

    public static string PrintType(NamedType type) => throw new NotImplementedException();
}
