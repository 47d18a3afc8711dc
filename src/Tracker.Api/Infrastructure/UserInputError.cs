using Tracker.GraphQL;

namespace Tracker.Api.Infrastructure;

/// <summary>
/// Errors for arguments that are well-typed but unusable (a bad cursor, two lookup keys at once). Thrown from a
/// resolver, the engine reports them with the field's location and path; the server keeps their message because
/// they are GraphQL errors, not unexpected exceptions.
/// </summary>
public static class UserInputError
{
    public const string Code = "BAD_USER_INPUT";

    public static GraphQLError Create(string message, string? argument = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = Code };
        if (argument is not null)
        {
            extensions["argument"] = argument;
        }
        return new GraphQLError(Csv.TerminalText.Escape(message), extensions: extensions);
    }
}
