using Tracker.GraphQL;

namespace Tracker.Api.Infrastructure;

/// <summary>
/// The error for an argument naming something that does not exist where no payload can carry a user error (a
/// subscription refused before its stream starts): a GraphQL error with the code <c>NOT_FOUND</c>, the code the
/// mutations' user errors use for the same case.
/// </summary>
public static class NotFoundError
{
    public const string Code = "NOT_FOUND";

    public static GraphQLError Create(string message, string argument) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = Code, ["argument"] = argument });
}
