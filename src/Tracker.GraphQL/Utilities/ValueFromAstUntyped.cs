using Tracker.GraphQL.Language;

namespace Tracker.GraphQL.Utilities;

// STUB (values work package): graphql-js valueFromASTUntyped.
public static class ValueFromAstUntyped
{
    /// <summary>A literal as a JSON-like value, with variables read from <paramref name="variables"/>.</summary>
    public static object? Convert(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => throw new NotImplementedException();
}
