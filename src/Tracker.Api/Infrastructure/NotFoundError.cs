using Tracker.GraphQL;

namespace Tracker.Api.Infrastructure;

/// <summary>
/// The error for an argument naming something that does not exist where no payload can carry a user error (a
/// subscription refused before its stream starts): a GraphQL error with the code <c>NOT_FOUND</c>, the code the
/// mutations' user errors use for the same case. Control and bidi characters the message quotes from the request
/// are shown escaped (<c>\u202E</c>), as in every error the API writes.
/// </summary>
public static class NotFoundError
{
    public const string Code = "NOT_FOUND";

    public static GraphQLError Create(string message, string argument) =>
        new(Csv.TerminalText.Escape(message), extensions: new Dictionary<string, object?> { ["code"] = Code, ["argument"] = argument });
}
