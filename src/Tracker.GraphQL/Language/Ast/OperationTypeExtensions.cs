namespace Tracker.GraphQL.Language;

public static class OperationTypeExtensions
{
    /// <summary>The keyword as written in documents ("query", "mutation", "subscription").</summary>
    public static string Keyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
