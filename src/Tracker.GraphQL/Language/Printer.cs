namespace Tracker.GraphQL.Language;

// STUB (language work package): graphql-js 17 print().
public static class Printer
{
    /// <summary>Prints any AST node the way graphql-js's print does.</summary>
    public static string Print(Node node) => throw new NotImplementedException();
}
