namespace Tracker.GraphQL;

/// <summary>
/// Values of <c>extensions.code</c>. The names follow the convention most GraphQL servers share
/// (Apollo, HotChocolate), so clients can branch on them.
/// </summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string InvalidSchema = "INVALID_SCHEMA";
}
