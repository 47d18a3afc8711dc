using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Utilities;

// STUB (values work package): graphql-js 17 valueToLiteral / defaultScalarValueToLiteral.
public static class ValueLiterals
{
    /// <summary>An internal value of an input type as a literal; null when the value is not valid for the type.</summary>
    public static ValueNode? ValueToLiteral(object? value, IGraphQLType type) => throw new NotImplementedException();

    /// <summary>A JSON-like value (null, bool, number, string, list, map) as a literal.</summary>
    public static ValueNode DefaultScalarValueToLiteral(object? value) => throw new NotImplementedException();
}
