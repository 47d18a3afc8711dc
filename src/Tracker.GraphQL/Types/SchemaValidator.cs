namespace Tracker.GraphQL.Types;

// STUB (type-system work package): graphql-js validateSchema (spec §3 rules).
public static class SchemaValidator
{
    /// <summary>Every rule of the type system the schema breaks; empty when valid. Cached on the schema.</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema) => throw new NotImplementedException();

    /// <summary>Throws a <see cref="SchemaBuildException"/> when <see cref="Validate"/> finds errors.</summary>
    public static void AssertValid(GraphQLSchema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors);
        }
    }
}
